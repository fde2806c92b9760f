package org.itaminer.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The workspace served on a free loopback port over the workdir {@link WorkspaceFixture} builds, and requests to it. */
final class ServedWorkspace implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final WorkspaceServer server;
    private final boolean pdf;

    private ServedWorkspace(WorkspaceServer server, boolean pdf) {
        this.server = server;
        this.pdf = pdf;
    }

    /** Builds the fixture's workdir under {@code dir} and serves it with the standard page sets. */
    static ServedWorkspace start(Path dir) throws IOException {
        boolean pdf = WorkspaceFixture.build(dir);
        return new ServedWorkspace(WorkspaceServer.start(ServeOptions.local(WorkspaceFixture.workdir(dir), 0),
                WorkspaceExtensions.standard()), pdf);
    }

    /** Whether the fixture could make its PDF sample (a Thai font was found). */
    boolean hasPdf() {
        return pdf;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return HTTP.send(request, body);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
