package org.itaminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.pipeline.Workdir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page set plugged in from outside (as reconciliation and year over year will be) gets a nav entry and the headers. */
class WorkspaceExtensionTest {

    @TempDir
    Path dir;

    @Test
    void anExtensionsRoutesAreServedWithTheNavAndTheHeaders() throws Exception {
        Workdir workdir = new Workdir(dir.resolve("w"));
        try (MeasureIndexWriter w = MeasureIndexWriter.open(workdir.indexFolder())) {
            w.commit();
        }
        WorkspaceExtension reconcile = new WorkspaceExtension() {
            @Override
            public String navLabel() {
                return "แผน ↔ รายงาน";
            }

            @Override
            public String path() {
                return "/reconcile";
            }

            @Override
            public void routes(JavalinConfig config, WorkspaceContext context) {
                config.routes.get("/reconcile", ctx -> ctx.result("pairs of " + context.index().size()));
            }
        };
        try (WorkspaceServer server = WorkspaceServer.start(ServeOptions.local(workdir.root(), 0), List.of(reconcile))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/reconcile")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("pairs of 0", page.body());
            assertEquals(WorkspaceServer.CSP, page.headers().firstValue("Content-Security-Policy").orElse(""));
            String search = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/search")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(search.contains("<a href=\"/reconcile\">แผน ↔ รายงาน</a>"), search);
        }
    }
}
