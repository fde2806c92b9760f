package org.itaminer.web;

import java.util.List;
import org.itaminer.web.history.HistoryExtension;
import org.itaminer.web.reconcile.ReconcileExtension;

/** The page sets {@code itaminer serve} adds to the built-in ones: plan ↔ report and year over year. */
public final class WorkspaceExtensions {

    private WorkspaceExtensions() {
    }

    public static List<WorkspaceExtension> standard() {
        return List.of(new ReconcileExtension(), new HistoryExtension());
    }
}
