package org.itaminer.pipeline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One stage's outputs in the workdir: {@code <stage>/<version>/ab/<sha>.json}. A new version of the
 * stage's code gets a fresh folder, so its outputs are made again while other stages' are reused.
 * Every file is written whole through {@link AtomicFiles}; one that does not parse all the same is
 * reported and read as missing, so it is made again instead of blocking every command that reads it.
 */
public final class StageOutputs {

    /** Turns a stored file's bytes into its record; throws when they do not parse. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(byte[] json) throws IOException;
    }

    private final Path dir;
    private final Consumer<CorruptFile> onCorrupt;

    public StageOutputs(Path workdir, String stage, String version) {
        this(workdir, stage, version, corrupt -> { });
    }

    /** @param onCorrupt told of every stored file that does not parse */
    public StageOutputs(Path workdir, String stage, String version, Consumer<CorruptFile> onCorrupt) {
        this.dir = workdir.resolve(stage).resolve(version);
        this.onCorrupt = Objects.requireNonNull(onCorrupt, "onCorrupt");
    }

    public Path path(String sha) {
        return dir.resolve(sha.substring(0, 2)).resolve(sha + ".json");
    }

    /** The stored bytes, unparsed. */
    public Optional<byte[]> read(String sha) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(path(sha)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * The stored record; empty when there is none or when it does not parse (then {@code onCorrupt} is told, and the
     * next {@link #write} replaces it). A file that cannot be read at all still throws: that is the disk's fault.
     */
    public <T> Optional<T> read(String sha, Parser<T> parser) throws IOException {
        return read(sha, parser, corrupt -> { });
    }

    /** As {@link #read(String, Parser)}, also telling {@code alsoTell} of a file that does not parse. */
    public <T> Optional<T> read(String sha, Parser<T> parser, Consumer<CorruptFile> alsoTell) throws IOException {
        Optional<byte[]> bytes = read(sha);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(bytes.get()));
        } catch (IOException | RuntimeException e) {
            CorruptFile corrupt = CorruptFile.of(path(sha), e);
            onCorrupt.accept(corrupt);
            alsoTell.accept(corrupt);
            return Optional.empty();
        }
    }

    public void write(String sha, byte[] json) throws IOException {
        AtomicFiles.write(path(sha), json);
    }
}
