package org.itaminer.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per workdir, whoever the other one is: this JVM or another process. */
class WorkdirLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondLockInThisJvmIsRefusedWithWhoHoldsIt() throws Exception {
        Path w = tmp.resolve("w");
        try (WorkdirLock first = WorkdirLock.acquire(w)) {
            WorkdirLock.BusyException busy = assertThrows(WorkdirLock.BusyException.class, () -> WorkdirLock.acquire(w));
            assertEquals(ProcessHandle.current().pid(), busy.holder().pid().orElseThrow());
            Instant since = busy.holder().since().orElseThrow();
            assertTrue(Duration.between(since, Instant.now()).toMinutes() < 5, since.toString());
        }
        try (WorkdirLock again = WorkdirLock.acquire(w)) {
            assertTrue(Files.exists(w.resolve(".lock")), "free again once the first is closed");
        }
    }

    @Test
    void aLockHeldByAnotherProcessIsRefusedWithItsPid() throws Exception {
        Path w = tmp.resolve("w");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                WorkdirLockHolder.class.getName(), w.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("holding", out.readLine());
            WorkdirLock.BusyException busy = assertThrows(WorkdirLock.BusyException.class, () -> WorkdirLock.acquire(w));
            assertEquals(holder.pid(), busy.holder().pid().orElseThrow());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (WorkdirLock mine = WorkdirLock.acquire(w)) {
            assertTrue(Files.size(w.resolve(".lock")) > 0, "the lock is free once its process is gone");
        }
    }

    @Test
    void aWorkdirUnderARegularFileCannotBeTakenAndSaysWhy() throws Exception {
        // tests run as root, where permissions stop no write: a path through a regular file fails for everyone
        Path file = Files.writeString(tmp.resolve("notes.txt"), "บันทึก");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> WorkdirLock.acquire(file.resolve("w")));
        assertTrue(!(e instanceof WorkdirLock.BusyException), e.toString());
    }
}
