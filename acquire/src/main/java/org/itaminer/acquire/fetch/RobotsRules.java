package org.itaminer.acquire.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
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

    /** A host's rules and the delay its requests need. */
    record HostRules(BaseRobotRules rules, Duration delay, Optional<String> unavailable) {
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
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Reply reply = get(current);
            if (reply.isRedirect() && reply.location().isPresent()) {
                try {
                    current = current.resolve(reply.location().get().strip());
                } catch (IllegalArgumentException e) {
                    return rules(parser.failedFetch(404), "");
                }
                continue;
            }
            if (reply.file().isPresent()) {
                try {
                    byte[] content = Files.readAllBytes(reply.file().get());
                    return rules(parser.parseContent(current.toString(), content, "text/plain",
                            List.of(settings.robotName())), "");
                } catch (IOException e) {
                    return unavailable("cannot read robots.txt: " + e.getMessage());
                } finally {
                    try {
                        Files.deleteIfExists(reply.file().get());
                    } catch (IOException e) {
                        // a leftover temp file: removed with the temp folder
                    }
                }
            }
            if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 429) {
                return rules(parser.failedFetch(reply.status()), ""); // no robots.txt: everything allowed
            }
            return unavailable("robots.txt unavailable: " + reply.error().map(FetchError::value)
                    .orElse("HTTP " + reply.status()) + " (" + reply.message() + ")");
        }
        return rules(parser.failedFetch(404), "");
    }

    /** One robots.txt request, tried again like any other on a time-out, 5xx or 429. */
    private Reply get(URI uri) throws InterruptedException {
        Duration backoff = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            Reply reply;
            try (HostPoliteness.Turn turn = politeness.await(uri, settings.politeness())) {
                reply = exchange.get(uri, Validators.NONE, MAX_ROBOTS_BYTES);
            }
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

    private HostRules unavailable(String why) {
        return new HostRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), settings.politeness(),
                Optional.of(why));
    }

    private HostRules rules(BaseRobotRules rules, String unused) {
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
        return new HostRules(rules, delay, Optional.empty());
    }
}
