package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fifty agency sites crawled at once: all done, and no host ever asked twice within its politeness delay. */
class ManyHostsTest {

    @TempDir
    Path workdir;

    @Test
    void fiftyHostsAtOnceEachKeepsItsPoliteness() throws Exception {
        Duration delay = Duration.ofMillis(250);
        ManyHosts.Result r = ManyHosts.run(50, delay, workdir);
        System.out.println(r.line(delay));
        assertEquals(50 * ManyHosts.DOCUMENTS, r.documents());
        assertEquals(50 * (3 + ManyHosts.DOCUMENTS), r.requests());
        assertTrue(r.closestNanos() >= delay.toNanos(), r.line(delay));
        // one after another, the 50 sites would take 50 × 7 requests × 250 ms ≈ 87 s: in parallel far less
        assertTrue(r.elapsedMillis() < 50 * 7 * delay.toMillis() / 4, r.line(delay));
    }
}
