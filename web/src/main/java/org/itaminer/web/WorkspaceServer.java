package org.itaminer.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.index.MeasureIndex;
import org.itaminer.index.query.QueryTooLongException;
import org.itaminer.pipeline.Workdir;

/**
 * {@code itaminer serve}: the analysts' workspace over a workdir. Read-only GET pages (search, a measure beside its
 * page, compare, export) rendered by jte, htmx from its webjar, every byte served by the app itself (analysts may be
 * offline). Safe by default: loopback only unless an access token is given, security headers on every response, no
 * inline script or style, files reached only through a validated content hash.
 */
public final class WorkspaceServer implements AutoCloseable {

    /** No inline script or style anywhere: templates link /static and /webjars only. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String TOKEN_COOKIE = "itaminer_token";

    private final Javalin app;
    private final MeasureIndex index;

    private WorkspaceServer(Javalin app, MeasureIndex index) {
        this.app = app;
        this.index = index;
    }

    /**
     * Opens the workdir's index read-only and starts serving.
     *
     * @param extensions further page sets (reconciliation, year over year) registered beside the built-in ones
     * @throws IOException when the index cannot be opened (none yet, or built by another itaminer)
     */
    public static WorkspaceServer start(ServeOptions options, List<WorkspaceExtension> extensions)
            throws IOException {
        Workdir workdir = new Workdir(options.workdir());
        MeasureIndex index = MeasureIndex.openReadOnly(workdir.indexFolder());
        List<WorkspaceContext.NavEntry> nav = new ArrayList<>(List.of(
                new WorkspaceContext.NavEntry("ค้นหา Search", "/search"),
                new WorkspaceContext.NavEntry("เปรียบเทียบ Compare", "/compare")));
        extensions.forEach(e -> nav.add(new WorkspaceContext.NavEntry(e.navLabel(), e.path())));
        WorkspaceContext context = new WorkspaceContext(workdir, index, nav);
        Pages pages = new Pages(context, new PageImages(workdir.originals(), workdir.root()));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/itaminer/web/static";
                s.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                securityHeaders(ctx);
                options.token().ifPresent(token -> checkToken(ctx, token));
            });
            config.routes.get("/", ctx -> ctx.redirect("/search"));
            config.routes.get("/search", pages::search);
            config.routes.get("/measure/{sha}/{seq}", pages::measure);
            config.routes.get("/page/{sha}/{page}", pages::pageImage);
            config.routes.get("/original/{sha}", pages::original);
            config.routes.get("/compare", pages::compare);
            config.routes.get("/export", pages::export);
            extensions.forEach(e -> e.routes(config, context));
            config.routes.exception(QueryTooLongException.class, (e, ctx) ->
                    ctx.status(400).contentType("text/plain; charset=utf-8").result("query too long: " + e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getMessage()));
        });
        app.start(options.bind(), options.port());
        return new WorkspaceServer(app, index);
    }

    public int port() {
        return app.port();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    /**
     * The token comes as {@code Authorization: Bearer T}, the cookie a first visit with {@code ?token=T} set, or that
     * query parameter itself (answered with the cookie and a redirect that drops it from the address bar).
     */
    private static void checkToken(Context ctx, String token) {
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (auth.startsWith("Bearer ") && same(auth.substring(7).strip(), token)) {
            return;
        }
        if (same(ctx.cookie(TOKEN_COOKIE), token)) {
            return;
        }
        if (same(ctx.queryParam("token"), token)) {
            ctx.header("Set-Cookie", TOKEN_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            ctx.redirect(ctx.path());
            ctx.skipRemainingHandlers();
            return;
        }
        throw new ForbiddenResponse("an access token is required (open the address `itaminer serve` printed)");
    }

    private static boolean same(String given, String token) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            app.stop();
        } finally {
            index.close();
        }
    }

    /** Blocks until the JVM is stopped (Ctrl-C). */
    public void awaitShutdown() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        Thread.currentThread().join();
    }

    static Map<String, Object> model(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
