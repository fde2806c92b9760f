package org.itaminer.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real folder that the file system refuses to open whoever asks, even root (the tests here run as root, so chmod 000
 * stops nothing): deeper than the 4,096 bytes a path may have on Linux ("File name too long"). Built by moving
 * short-named trees into each other, so that no single call names the long path; {@link #close} takes it apart the
 * same way ({@code @TempDir} could not delete it).
 */
public final class TooDeepFolder implements AutoCloseable {

    private static final int LEVELS = 20;
    private static final String NAME = "ก".repeat(80); // 240 bytes of UTF-8: 20 levels make some 4,900

    private final Path work;
    private final Path at;

    private TooDeepFolder(Path work, Path at) {
        this.work = work;
        this.at = at;
    }

    /** Makes the folder at {@code at} (a document lies at its bottom), using {@code work} to build it. */
    public static TooDeepFolder create(Path work, Path at) throws IOException {
        Path deep = Files.createDirectories(work.resolve("d0"));
        Files.writeString(deep.resolve("ลึก.txt"), "มาตรการส่งเสริมคุณธรรม\n", StandardCharsets.UTF_8);
        for (int i = 1; i <= LEVELS; i++) {
            Path outer = Files.createDirectories(work.resolve("d" + i + "/" + NAME));
            Files.move(work.resolve("d" + (i - 1)), outer.resolve("d" + (i - 1)));
        }
        Files.createDirectories(at.getParent());
        Files.move(work.resolve("d" + LEVELS), at);
        return new TooDeepFolder(work, at);
    }

    public Path path() {
        return at;
    }

    @Override
    public void close() throws IOException {
        Files.move(at, work.resolve("d" + LEVELS));
        for (int i = LEVELS; i >= 1; i--) {
            Files.move(work.resolve("d" + i + "/" + NAME + "/d" + (i - 1)), work.resolve("d" + (i - 1) + "-out"));
            Files.move(work.resolve("d" + (i - 1) + "-out"), work.resolve("d" + (i - 1)));
        }
    }
}
