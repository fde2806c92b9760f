package org.itaminer.acquire.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces the requests to each host: one request at a time per host, and the next one starts only once the host's
 * delay has passed since the last one ended (its whole body read), so that the server sees at most one request per
 * delay however long each takes. Hosts are independent, so many are fetched at once. A host is the URL's scheme, name
 * and port: two ports on one machine stand for two hosts.
 */
public final class HostPoliteness {

    private final Map<String, Slot> hosts = new ConcurrentHashMap<>();

    /** One host: whether a request is out, and when the next may start. Its monitor orders the waiting threads. */
    private static final class Slot {
        boolean busy;
        long nextNanos = Long.MIN_VALUE;
    }

    /** The host's turn, held while the request runs; closing it starts the delay before the next one. */
    public final class Turn implements AutoCloseable {
        private final Slot slot;
        private final Duration delay;
        private boolean closed;

        private Turn(Slot slot, Duration delay) {
            this.slot = slot;
            this.delay = delay;
        }

        @Override
        public void close() {
            synchronized (slot) {
                if (!closed) {
                    closed = true;
                    slot.busy = false;
                    slot.nextNanos = Math.max(slot.nextNanos, System.nanoTime() + delay.toNanos());
                    slot.notifyAll();
                }
            }
        }
    }

    /** The politeness key of a URL: {@code https://www.example.go.th:443}. */
    public static String hostKey(URI uri) {
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (port < 0) {
            port = "https".equals(scheme) ? 443 : 80;
        }
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    /**
     * Waits for the host's turn: no other request to it out, and its delay passed since the last one ended.
     *
     * @param delay the least time from the end of this request to the start of the next one
     * @throws InterruptedException when the crawl is being stopped
     */
    public Turn await(URI uri, Duration delay) throws InterruptedException {
        Slot slot = hosts.computeIfAbsent(hostKey(uri), k -> new Slot());
        synchronized (slot) {
            while (true) {
                long now = System.nanoTime();
                if (!slot.busy && (slot.nextNanos == Long.MIN_VALUE || now >= slot.nextNanos)) {
                    slot.busy = true;
                    return new Turn(slot, delay);
                }
                long waitNanos = slot.busy ? 50_000_000L : slot.nextNanos - now;
                slot.wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
            }
        }
    }

    /**
     * Pushes a host's next request further off: a 429 or 503 with Retry-After asks for a pause from the whole host,
     * not only from the request that got it.
     */
    public void pause(URI uri, Duration pause) {
        Slot slot = hosts.computeIfAbsent(hostKey(uri), k -> new Slot());
        synchronized (slot) {
            long until = System.nanoTime() + pause.toNanos();
            slot.nextNanos = slot.nextNanos == Long.MIN_VALUE ? until : Math.max(slot.nextNanos, until);
        }
    }
}
