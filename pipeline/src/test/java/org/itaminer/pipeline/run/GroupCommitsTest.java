package org.itaminer.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Group commits: documents wait for the commit that holds them, and those finished during a commit go to the next. */
@Timeout(30)
class GroupCommitsTest {

    @Test
    void aGroupIsCommittedWhenDueOrAtOnceWhenNothingElseRuns() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        try (GroupCommits<String> g = new GroupCommits<>(commits::incrementAndGet, 1, TimeUnit.HOURS, () -> { })) {
            assertTrue(g.idle());
            g.add("plan-1.txt");
            g.startIfDue(false);
            assertEquals(Optional.empty(), g.committed(), "not due for an hour: no commit yet");
            assertEquals(0, commits.get());
            g.startIfDue(true);
            assertEquals(List.of("plan-1.txt"), awaitCommitted(g));
            assertEquals(1, commits.get());
            assertTrue(g.idle());
            assertEquals(Optional.empty(), g.committed(), "a group is told of once");
        }
    }

    @Test
    void documentsFinishedWhileACommitSyncsWaitForTheNextOne() throws Exception {
        CountDownLatch syncing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger commits = new AtomicInteger();
        GroupCommits.Commit slowDisk = () -> {
            if (commits.incrementAndGet() == 1) {
                syncing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (GroupCommits<String> g = new GroupCommits<>(slowDisk, 0, TimeUnit.MILLISECONDS, () -> { })) {
            g.add("a.txt");
            g.startIfDue(false);
            syncing.await();
            g.add("b.txt");
            g.add("c.txt");
            g.startIfDue(true); // one commit at a time: b and c wait
            assertEquals(Optional.empty(), g.committed());
            assertFalse(g.idle());
            release.countDown();
            assertEquals(List.of("a.txt"), awaitCommitted(g));
            g.startIfDue(false);
            assertEquals(List.of("b.txt", "c.txt"), awaitCommitted(g));
            assertEquals(2, commits.get());
        }
    }

    @Test
    void aCommitThatRanOutOfMemoryFreesTheReserveAndIsTriedOnceMore() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger freed = new AtomicInteger();
        GroupCommits.Commit flushNeedsRoom = () -> {
            if (commits.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        try (GroupCommits<String> g = new GroupCommits<>(flushNeedsRoom, 0, TimeUnit.MILLISECONDS,
                freed::incrementAndGet)) {
            g.add("big.pdf");
            g.startIfDue(true);
            assertEquals(List.of("big.pdf"), awaitCommitted(g));
            assertEquals(1, freed.get());
            assertEquals(2, commits.get());
        }
    }

    @Test
    void aDiskErrorReachesTheRunner() throws Exception {
        try (GroupCommits<String> g = new GroupCommits<>(() -> {
            throw new IOException("No space left on device");
        }, 0, TimeUnit.MILLISECONDS, () -> { })) {
            g.add("a.txt");
            g.startIfDue(true);
            IOException e = assertThrows(IOException.class, () -> awaitCommitted(g));
            assertEquals("No space left on device", e.getMessage());
        }
    }

    private static List<String> awaitCommitted(GroupCommits<String> g) throws Exception {
        while (true) {
            Optional<List<String>> done = g.committed();
            if (done.isPresent()) {
                return done.get();
            }
            Thread.sleep(2);
        }
    }
}
