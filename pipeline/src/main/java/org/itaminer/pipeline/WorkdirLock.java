package org.itaminer.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One writer per workdir: {@code run} and {@code reindex} hold an OS file lock on {@code W/.lock} while they write,
 * and record in it who they are, so a second one is told who holds the workdir instead of failing on the index's
 * own lock halfway through. The OS drops the lock when the process dies, however it dies: a stale file never blocks.
 * Searching needs no lock.
 */
public final class WorkdirLock implements Closeable {

    private static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkdirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Who holds a workdir: the process id and since when, as far as its lock file tells. */
    public record Holder(OptionalLong pid, Optional<Instant> since) {

        public static Holder unknown() {
            return new Holder(OptionalLong.empty(), Optional.empty());
        }
    }

    /** Another process (or another run in this one) holds the workdir. */
    public static final class BusyException extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path workdir;
        private final transient Holder holder;

        public BusyException(Path workdir, Holder holder) {
            super(workdir + " is in use by another itaminer run (pid "
                    + (holder.pid().isPresent() ? String.valueOf(holder.pid().getAsLong()) : "unknown") + ")");
            this.workdir = workdir;
            this.holder = holder;
        }

        public Path workdir() {
            return workdir;
        }

        public Holder holder() {
            return holder;
        }
    }

    /**
     * Takes the workdir (creating its folder if needed) or says who has it.
     *
     * @throws BusyException when another run holds it
     * @throws IOException when the folder or its lock file cannot be made or written (a read-only disk, a path
     *     through a regular file, no permission)
     */
    public static WorkdirLock acquire(Path workdir) throws IOException {
        Objects.requireNonNull(workdir, "workdir");
        Files.createDirectories(workdir);
        Path file = workdir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM: busy all the same
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new BusyException(workdir, holder(file));
        }
        try {
            byte[] me = ("pid=" + ProcessHandle.current().pid() + "\nsince=" + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me), 0);
            channel.force(false);
        } catch (IOException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new WorkdirLock(channel, lock);
    }

    private static Holder holder(Path file) {
        OptionalLong pid = OptionalLong.empty();
        Optional<Instant> since = Optional.empty();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    pid = OptionalLong.of(Long.parseLong(line.substring(4).trim()));
                } else if (line.startsWith("since=")) {
                    since = Optional.of(Instant.parse(line.substring(6).trim()));
                }
            }
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            // the holder is still writing it, or it is not ours: busy all the same, holder unknown
        }
        return new Holder(pid, since);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
