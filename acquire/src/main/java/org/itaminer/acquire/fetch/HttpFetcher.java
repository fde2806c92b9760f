package org.itaminer.acquire.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The polite fetcher: robots.txt checked for the address and every redirect hop, each request spaced from the last
 * one to its host ({@link HostPoliteness}), redirects followed here (at most {@link FetchSettings#maxRedirects}, no
 * address twice in a chain), time-outs, 5xx and 429 tried again after a growing back-off (or the server's
 * Retry-After), bodies streamed to a temporary file up to the size limit and typed from their bytes. Thread-safe: one
 * fetcher serves every site of a crawl.
 */
public final class HttpFetcher implements AutoCloseable {

    private final FetchSettings settings;
    private final HostPoliteness politeness = new HostPoliteness();
    private final ScheduledExecutorService watchdog;
    private final Exchange exchange;
    private final RobotsRules robots;
    private final MediaSniffer sniffer = new MediaSniffer();

    /** @param tempDir where bodies are written while they arrive (a folder of the workdir, emptied by the caller) */
    public HttpFetcher(FetchSettings settings, Path tempDir) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "itaminer-fetch-deadline");
            t.setDaemon(true);
            return t;
        });
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.exchange = new Exchange(client, settings, tempDir, watchdog);
        this.robots = new RobotsRules(exchange, politeness, settings);
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Whether robots.txt lets this crawler fetch the address (fetching the host's robots.txt if needed). */
    public boolean allowed(URI uri) throws InterruptedException {
        RobotsRules.HostRules rules = robots.of(uri);
        return rules.unavailable().isEmpty() && rules.rules().isAllowed(uri.toString());
    }

    /**
     * How the host's robots.txt was fetched by this crawl (fetching it first if needed): its address, status, error
     * and every try, with no body; the crawl logs it in the registry like any request.
     */
    public FetchResult robotsFetch(URI uri) throws InterruptedException {
        return robots.of(uri).fetched();
    }

    /** The sitemaps the host's robots.txt names ({@code Sitemap:} lines). */
    public List<String> sitemaps(URI uri) throws InterruptedException {
        return List.copyOf(robots.of(uri).rules().getSitemaps());
    }

    /**
     * Fetches one address.
     *
     * @param validators sent as a conditional request (for {@code --refresh}); {@link Validators#NONE} otherwise
     * @throws InterruptedException when the crawl is being stopped
     */
    public FetchResult fetch(URI url, Validators validators) throws InterruptedException {
        List<Attempt> attempts = new ArrayList<>();
        Duration backoff = settings.backoff();
        while (true) {
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            Chain chain = follow(url, validators);
            Reply r = chain.reply;
            long millis = (System.nanoTime() - t0) / 1_000_000;
            Optional<FetchError> error = r.error().isPresent() ? r.error()
                    : r.status() >= 400 || (r.status() >= 300 && r.status() != 304) ? Optional.of(FetchError.HTTP_STATUS)
                    : Optional.empty();
            attempts.add(new Attempt(url, chain.last, r.status(), chain.hops, started, millis, error, r.message()));
            if (r.retryable() && attempts.size() < settings.attempts()) {
                Duration wait = r.retryAfter().orElse(backoff);
                if (wait.compareTo(settings.maxRetryAfter()) <= 0) {
                    politeness.pause(chain.last, wait); // the whole host is asked to wait, not only this request
                    backoff = backoff.multipliedBy(2);
                    continue;
                }
            }
            return result(url, chain, error, attempts);
        }
    }

    private FetchResult result(URI url, Chain chain, Optional<FetchError> error, List<Attempt> attempts) {
        Reply r = chain.reply;
        Optional<Body> body = Optional.empty();
        if (error.isEmpty() && r.file().isPresent()) {
            Path file = r.file().get();
            String name = r.fileName().orElseGet(() -> nameFromUrl(chain.last));
            body = Optional.of(new Body(file, r.bytes(), r.sha256(), sniffer.detect(file), name));
        }
        return new FetchResult(url, chain.last, r.status(), body, error, r.message(), r.validators(), attempts);
    }

    /** The outcome of one try through its redirects. */
    private record Chain(URI last, int hops, Reply reply) {
    }

    private Chain follow(URI start, Validators validators) throws InterruptedException {
        Set<String> visited = new HashSet<>();
        URI current = start;
        for (int hop = 0; ; hop++) {
            if (!"http".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(current.getScheme())
                    || current.getHost() == null) {
                return new Chain(current, hop, Reply.failed(FetchError.BAD_URL, "not an http(s) address: " + current));
            }
            if (!visited.add(current.normalize().toString())) {
                return new Chain(current, hop, Reply.failed(FetchError.REDIRECT_LOOP,
                        "the redirects lead back to " + current));
            }
            if (hop > settings.maxRedirects()) {
                return new Chain(current, hop - 1, Reply.failed(FetchError.TOO_MANY_REDIRECTS,
                        "more than " + settings.maxRedirects() + " redirects"));
            }
            RobotsRules.HostRules rules = robots.of(current);
            if (rules.unavailable().isPresent() || !rules.rules().isAllowed(current.toString())) {
                return new Chain(current, hop, Reply.failed(FetchError.ROBOTS,
                        rules.unavailable().orElse("robots.txt disallows " + current.getRawPath())));
            }
            Reply reply;
            try (HostPoliteness.Turn turn = politeness.await(current, rules.delay())) {
                reply = exchange.get(current, hop == 0 ? validators : Validators.NONE, settings.maxBytes());
            }
            if (!reply.isRedirect()) {
                return new Chain(current, hop, reply);
            }
            if (reply.location().isEmpty()) {
                return new Chain(current, hop, Reply.failed(FetchError.BAD_REDIRECT, "HTTP " + reply.status()
                        + " without a Location"));
            }
            try {
                current = current.resolve(Links.toUri(reply.location().get().strip()));
            } catch (IllegalArgumentException e) {
                return new Chain(current, hop, Reply.failed(FetchError.BAD_REDIRECT, "Location "
                        + reply.location().get() + ": " + e.getMessage()));
            }
        }
    }

    /** The last path segment, decoded ({@code มาตรการ.pdf}), or {@code index.html} for a folder. */
    static String nameFromUrl(URI uri) {
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isEmpty()) {
            return "index.html";
        }
        try {
            return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return last;
        }
    }

    /** Removes the leftovers of a crawl that was stopped while reading bodies. */
    public static void clearTemp(Path tempDir) throws IOException {
        if (!Files.isDirectory(tempDir)) {
            return;
        }
        try (var files = Files.list(tempDir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".part")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
