package org.itaminer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.pipeline.Workdir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an access token every request must carry it: header, the cookie a first visit sets, or ?token= once. */
class WorkspaceTokenTest {

    static final String TOKEN = "q7Vw3kL9xP2mN8rT5yZa";

    @TempDir
    static Path dir;
    static WorkspaceServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        Workdir workdir = new Workdir(dir.resolve("w"));
        try (MeasureIndexWriter w = MeasureIndexWriter.open(workdir.indexFolder())) {
            w.commit();
        }
        server = WorkspaceServer.start(new ServeOptions(workdir.root(), "127.0.0.1", 0, Optional.of(TOKEN)),
                List.of());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutTheTokenNothingIsServed() throws Exception {
        for (String path : List.of("/search", "/compare", "/export?format=jsonl", "/static/app.css")) {
            assertEquals(403, get(path).statusCode(), path);
        }
        assertEquals(403, get("/search?token=wrong-token-wrong-token").statusCode());
        assertEquals(403, get("/search", "Authorization", "Bearer " + TOKEN + "x").statusCode());
    }

    @Test
    void theTokenOnceGivesACookieAndADropsItFromTheAddress() throws Exception {
        HttpResponse<String> first = get("/search?token=" + TOKEN);
        assertEquals(302, first.statusCode());
        assertEquals("/search", first.headers().firstValue("Location").orElse(""));
        String cookie = first.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertEquals(200, get("/search", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode());
        assertEquals(200, get("/search", "Authorization", "Bearer " + TOKEN).statusCode());
    }
}
