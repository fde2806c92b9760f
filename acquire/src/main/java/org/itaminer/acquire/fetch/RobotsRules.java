package org.itaminer.acquire.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Each host's robots.txt, fetched once per crawl (spaced like any request) and parsed by crawler-commons. A missing
 * robots.txt (4xx) allows everything; one the server cannot give (5xx, time-out) allows nothing for now, as the
 * robots.txt conventions (RFC 9309) ask.
 */
final class RobotsRules {

    /**
     * A host's rules and the delay its requests need.
     *
     * @param fetched how its robots.txt was fetched (every try; no body kept), for the registry's log
     */
    record HostRules(BaseRobotRules rules, Duration delay, Optional<String> unavailable, FetchResult fetched) {
    }

    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    private final Exchange exchange;
    private final HostPoliteness politeness;
    private final FetchSettings settings;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, CompletableFuture<HostRules>> hosts = new ConcurrentHashMap<>();

    RobotsRules(Exchange exchange, HostPoliteness politeness, FetchSettings settings) {
        this.exchange = exchange;
        this.politeness = politeness;
        this.settings = settings;
        // a larger Crawl-delay is capped (FetchSettings.maxCrawlDelay) rather than read as "allow nothing"
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
    }

    /** The rules of the URL's host, fetching them first if this crawl has not yet. */
    HostRules of(URI uri) throws InterruptedException {
        String key = HostPoliteness.hostKey(uri);
        CompletableFuture<HostRules> mine = new CompletableFuture<>();
        CompletableFuture<HostRules> existing = hosts.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                mine.complete(fetch(URI.create(key + "/robots.txt")));
            } catch (InterruptedException | RuntimeException e) {
                hosts.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            return mine.join();
        }
        try {
            return existing.get();
        } catch (ExecutionException e) {
            return of(uri); // the thread that fetched them was stopped: try again
        }
    }

    private HostRules fetch(URI robots) throws InterruptedException {
        URI current = robots;
        List<Attempt> attempts = new ArrayList<>();
        Reply reply = Reply.failed(FetchError.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects()
                + " redirects");
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            reply = get(robots, current, hop, attempts);
            Fetched log = new Fetched(robots, current, reply, attempts);
            if (reply.isRedirect() && reply.location().isPresent()) {
                try {
                    current = current.resolve(reply.location().get().strip());
                } catch (IllegalArgumentException e) {
                    return rules(parser.failedFetch(404), log);
                }
                continue;
            }
            if (reply.file().isPresent()) {
                try {
                    byte[] content = Files.readAllBytes(reply.file().get());
                    return rules(parser.parseContent(current.toString(), content, "text/plain",
                            List.of(settings.robotName())), log);
                } catch (IOException e) {
                    return unavailable("cannot read robots.txt: " + e.getMessage(), log);
                } finally {
                    try {
                        Files.deleteIfExists(reply.file().get());
                    } catch (IOException e) {
                        // a leftover temp file: removed with the temp folder
                    }
                }
            }
            if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 429) {
                return rules(parser.failedFetch(reply.status()), log); // no robots.txt: everything allowed
            }
            return unavailable("robots.txt unavailable: " + reply.error().map(FetchError::value)
                    .orElse("HTTP " + reply.status()) + " (" + reply.message() + ")", log);
        }
        return rules(parser.failedFetch(404), new Fetched(robots, current, reply, attempts));
    }

    /** What the robots.txt requests gave so far: the last reply and every try. */
    private record Fetched(URI robots, URI last, Reply reply, List<Attempt> attempts) {

        FetchResult result() {
            Optional<FetchError> error = reply.error().isPresent() ? reply.error()
                    : reply.status() >= 300 ? Optional.of(FetchError.HTTP_STATUS) : Optional.empty();
            return new FetchResult(robots, last, reply.status(), Optional.empty(), error, reply.message(),
                    Validators.NONE, attempts);
        }
    }

    /** One robots.txt request, tried again like any other on a time-out, 5xx or 429; each try is logged. */
    private Reply get(URI robots, URI uri, int hop, List<Attempt> log) throws InterruptedException {
        Duration backoff = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            Reply reply;
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            try (HostPoliteness.Turn turn = politeness.await(uri, settings.politeness())) {
                reply = exchange.get(uri, Validators.NONE, MAX_ROBOTS_BYTES);
            }
            Optional<FetchError> error = reply.error().isPresent() ? reply.error()
                    : reply.status() >= 400 ? Optional.of(FetchError.HTTP_STATUS) : Optional.empty();
            log.add(new Attempt(robots, uri, reply.status(), hop, started, (System.nanoTime() - t0) / 1_000_000,
                    error, reply.message()));
            if (!reply.retryable() || attempt >= settings.attempts()) {
                return reply;
            }
            Duration wait = reply.retryAfter().orElse(backoff);
            if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                return reply;
            }
            politeness.pause(uri, wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private HostRules unavailable(String why, Fetched log) {
        return new HostRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), settings.politeness(),
                Optional.of(why), log.result());
    }

    private HostRules rules(BaseRobotRules rules, Fetched log) {
        Duration delay = settings.politeness();
        long crawlDelay = rules.getCrawlDelay();
        if (crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY && crawlDelay > 0) {
            Duration asked = Duration.ofMillis(crawlDelay);
            if (asked.compareTo(settings.maxCrawlDelay()) > 0) {
                asked = settings.maxCrawlDelay();
            }
            if (asked.compareTo(delay) > 0) {
                delay = asked;
            }
        }
        return new HostRules(rules, delay, Optional.empty(), log.result());
    }
}
