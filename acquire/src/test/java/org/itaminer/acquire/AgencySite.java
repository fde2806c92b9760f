package org.itaminer.acquire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small agency website on 127.0.0.1 for the crawler's tests: pages with Thai link text, robots.txt, documents,
 * and the faults real sites have. Every request is logged with its arrival time.
 */
public final class AgencySite implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String path, long nanos, Map<String, String> headers) {
    }

    /** What a path answers. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange, int timesAsked) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Handler> paths = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public AgencySite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String url(String path) {
        return base() + path;
    }

    public AgencySite on(String path, Handler handler) {
        paths.put(path, handler);
        return this;
    }

    public AgencySite page(String path, String html) {
        return on(path, (ex, n) -> send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    public AgencySite file(String path, String contentType, byte[] bytes) {
        return on(path, (ex, n) -> send(ex, 200, contentType, bytes));
    }

    public AgencySite redirect(String path, String location) {
        return on(path, (ex, n) -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        Map<String, String> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        requests.add(new Request(path, System.nanoTime(), headers));
        int n = asked.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        Handler h = paths.get(path);
        try {
            if (h == null) {
                send(ex, 404, "text/html", "<html><body>ไม่พบหน้า</body></html>".getBytes(StandardCharsets.UTF_8));
            } else {
                h.handle(ex, n);
            }
        } catch (IOException e) {
            ex.close(); // the client went away (a time-out, a size limit): nothing to answer
        }
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Every request, in arrival order. */
    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** How many times a path (with its query) was asked for. */
    public int asked(String path) {
        AtomicInteger n = asked.get(path);
        return n == null ? 0 : n.get();
    }

    /** The paths asked for, each once, in order. */
    public List<String> pathsAsked() {
        return requests.stream().map(Request::path).distinct().toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
