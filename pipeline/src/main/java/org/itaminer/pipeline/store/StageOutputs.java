package org.itaminer.pipeline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One stage's outputs in the workdir: {@code <stage>/<version>/ab/<sha>.json}. A new version of the
 * stage's code gets a fresh folder, so its outputs are made again while other stages' are reused.
 */
public final class StageOutputs {

    private final Path dir;

    public StageOutputs(Path workdir, String stage, String version) {
        this.dir = workdir.resolve(stage).resolve(version);
    }

    public Path path(String sha) {
        return dir.resolve(sha.substring(0, 2)).resolve(sha + ".json");
    }

    public Optional<byte[]> read(String sha) throws IOException {
        Path p = path(sha);
        return Files.exists(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    }

    public void write(String sha, byte[] json) throws IOException {
        AtomicFiles.write(path(sha), json);
    }
}
