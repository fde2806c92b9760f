package org.itaminer.web;

import io.javalin.config.JavalinConfig;

/**
 * A page set added to the workspace from outside this module: the extension point for the reconciliation
 * (plan ↔ report, {@code index.reconcile}) and year-over-year ({@code index.history}) pages.
 *
 * <p>An extension registers its read-only GET routes under its own {@link #path()} and renders with
 * {@link WorkspaceContext#render}, so it gets the layout, the navigation entry, the escaping and the security headers
 * every page has. It holds no logic of its own: like the built-in pages it parses the request
 * ({@link WorkspaceContext#filters}) and calls a library API. Pass extensions to {@link WorkspaceServer#start}.
 */
public interface WorkspaceExtension {

    /** The label of its entry in the navigation bar (Thai first, as analysts read it). */
    String navLabel();

    /** Its path prefix, such as {@code /reconcile}; starts with a slash. */
    String path();

    /** Registers its GET routes (and nothing that writes). */
    void routes(JavalinConfig config, WorkspaceContext context);
}
