package org.itaminer.pipeline.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.pipeline.store.AtomicFiles;

/**
 * {@code errors.jsonl}: one line per failed document per run, each with its run's id, so a run's failures can be told
 * from older ones ({@link ErrorLines#ofRun}). A line is appended by one write of the whole line; when the write fails
 * (a full disk) the file is cut back to its length before, so no half line stays. A reader skips a line that does
 * not parse all the same (written by something else, or before this) and counts it. {@code last-run} beside it names
 * the latest run, which may have had no failure at all.
 */
public final class ErrorLog {

    public static final String FILE = "errors.jsonl";
    static final String LAST_RUN = "last-run";

    /** Opens the log for appending; a seam for tests, which hand it a channel whose disk fills up. */
    @FunctionalInterface
    interface ChannelOpener {
        FileChannel open(Path file) throws IOException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path lastRun;
    private final Clock clock;
    private final ChannelOpener opener;

    public ErrorLog(Path workdir) {
        this(workdir, Clock.systemUTC(), f -> FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    ErrorLog(Path workdir, Clock clock, ChannelOpener opener) {
        this.file = workdir.resolve(FILE);
        this.lastRun = workdir.resolve(LAST_RUN);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    public Path file() {
        return file;
    }

    /** Records that {@code run} started: the run {@code itaminer errors} shows by default, failures or none. */
    public void startRun(RunId run) throws IOException {
        AtomicFiles.write(lastRun, (run.value() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The run last started in this workdir; empty before the first, or when {@code last-run} is unreadable. */
    public Optional<RunId> lastRun() throws IOException {
        try {
            return Optional.of(new RunId(Files.readString(lastRun, StandardCharsets.UTF_8).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Appends one failure of {@code run}: the whole line or nothing. */
    public synchronized void append(RunId run, DocumentFailure failure) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("run", run.value());
        line.put("time", clock.instant().toString());
        line.put("file", failure.input());
        line.put("sha256", failure.sha256().orElse(null));
        line.put("stage", failure.stage().value());
        line.put("kind", failure.kind().value());
        line.put("message", failure.message());
        ByteBuffer bytes = ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = opener.open(file)) {
            long before = channel.size();
            try {
                while (bytes.hasRemaining()) { // one write of the whole line; more only if the system took part
                    channel.write(bytes);
                }
            } catch (IOException e) {
                try {
                    channel.truncate(before);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        }
    }

    /**
     * The failures a person asks about: those of {@code run}, of every run when {@code all}, or else of the run last
     * started here (none, when it had none: older failures are not shown as if they were its own).
     */
    public RunFailures select(Optional<RunId> run, boolean all) throws IOException {
        ErrorLines lines = read();
        if (all) {
            return new RunFailures(Optional.empty(), lines.failures(), lines.brokenLines());
        }
        Optional<RunId> chosen = run.isPresent() ? run : lastRun().or(lines::latestRun);
        return new RunFailures(chosen, chosen.map(lines::ofRun).orElse(List.of()), lines.brokenLines());
    }

    /**
     * Failures chosen from the log.
     *
     * @param run the run chosen; empty for every run
     * @param failures its failures, in file order
     * @param brokenLines the numbers of the log's lines that do not parse
     */
    public record RunFailures(Optional<RunId> run, List<LoggedFailure> failures, List<Integer> brokenLines) {
    }

    /** Every line that parses, in file order, and the numbers of those that do not. */
    public ErrorLines read() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ErrorLines(List.of(), List.of());
        }
        List<LoggedFailure> failures = new ArrayList<>();
        List<Integer> broken = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Optional<LoggedFailure> f = parse(lines.get(i));
            if (f.isPresent()) {
                failures.add(f.get());
            } else {
                broken.add(i + 1);
            }
        }
        return new ErrorLines(failures, broken);
    }

    private static Optional<LoggedFailure> parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            Optional<Stage> stage = Failures.stage(n.path("stage").asText());
            Optional<FailureKind> kind = Failures.kind(n.path("kind").asText());
            if (!n.isObject() || !n.hasNonNull("file") || stage.isEmpty() || kind.isEmpty()) {
                return Optional.empty();
            }
            Optional<RunId> run = n.hasNonNull("run") ? Optional.of(new RunId(n.get("run").asText())) : Optional.empty();
            Optional<String> sha = n.hasNonNull("sha256") ? Optional.of(n.get("sha256").asText()) : Optional.empty();
            DocumentFailure failure = new DocumentFailure(n.get("file").asText(), sha, stage.get(), kind.get(),
                    n.path("message").asText(""));
            return Optional.of(new LoggedFailure(run, Instant.parse(n.path("time").asText()), failure));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
