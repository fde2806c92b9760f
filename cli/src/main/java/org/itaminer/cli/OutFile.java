package org.itaminer.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The file of an {@code --out} option, its folders made when missing. */
final class OutFile {

    private OutFile() {
    }

    /**
     * A stream to {@code out}, its parent folders created first; or empty after printing one line to {@code err}
     * saying why it cannot be written (a usage error: the path is the user's).
     */
    static Optional<OutputStream> open(Path out, PrintWriter err) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Optional.of(new BufferedOutputStream(Files.newOutputStream(out)));
        } catch (IOException | SecurityException e) {
            err.println("cannot write " + out + ": " + reason(e));
            return Optional.empty();
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder " + n.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
