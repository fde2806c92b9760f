package org.itaminer.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itaminer.index.MeasureIndex;
import org.itaminer.pipeline.Workdir;

/**
 * What every page handler needs: the workdir, its index opened read-only, the navigation and the template engine.
 * Handlers parse the request, call the library and render; nothing here computes a result.
 */
public final class WorkspaceContext {

    /** An entry of the navigation bar. */
    public record NavEntry(String label, String path) {
    }

    private final Workdir workdir;
    private final MeasureIndex index;
    private final List<NavEntry> nav;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    WorkspaceContext(Workdir workdir, MeasureIndex index, List<NavEntry> nav) {
        this.workdir = Objects.requireNonNull(workdir, "workdir");
        this.index = Objects.requireNonNull(index, "index");
        this.nav = List.copyOf(nav);
    }

    public Workdir workdir() {
        return workdir;
    }

    public MeasureIndex index() {
        return index;
    }

    public List<NavEntry> nav() {
        return nav;
    }

    /** The search state in the request's URL (a 400 naming a bad value). */
    public Filters filters(Context ctx) {
        return Filters.of(ctx);
    }

    /** Renders {@code template} (a {@code .jte} under src/main/jte) with {@code params} as the HTML response. */
    public void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
