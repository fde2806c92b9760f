package org.itaminer.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the inputs of a run: files as given, folders recursively (sorted; hidden files and
 * {@code *.expected.json} answer files skipped).
 */
public final class Inputs {

    private Inputs() {
    }

    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isDocument).sorted().forEach(files::add);
                }
            } else {
                files.add(input); // a missing file is reported as that document's failure
            }
        }
        return files;
    }

    private static boolean isDocument(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".expected.json");
    }
}
