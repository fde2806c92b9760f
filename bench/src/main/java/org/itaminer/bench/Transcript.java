package org.itaminer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real scanned page typed by hand from its image (ถอดความด้วยมือ): what a reader of the page sees, to measure OCR
 * on real scans where no text layer tells the truth. The file that holds it starts with {@code # key: value} lines
 * naming the document by its SHA-256 and the page; the text follows.
 *
 * @param name the transcript's own name (its file name)
 * @param fileName the document's file name when it was transcribed, for people
 * @param sha256 the document's SHA-256: how it is found again under any name
 * @param page the transcribed page, from 1
 * @param leftOut what was not typed (signatures, handwriting), so that the error rate is read fairly
 * @param text the page's printed text in reading order
 */
record Transcript(String name, String fileName, String sha256, int page, String leftOut, String text) {

    /** The transcripts kept with the benchmarks. */
    static final String BUNDLED = "/org/itaminer/bench/transcripts/";

    /** Reads one transcript; the message of the exception names it and what is wrong. */
    static Transcript parse(String name, String content) {
        Map<String, String> header = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (String line : content.split("\\R")) {
            if (text.isEmpty() && line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
                }
            } else if (!line.isBlank()) {
                text.append(line).append('\n');
            }
        }
        String sha256 = header.getOrDefault("sha256", "");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("transcript " + name + ": no '# sha256:' line with 64 hex digits");
        }
        int page;
        try {
            page = Integer.parseInt(header.getOrDefault("page", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("transcript " + name + ": no '# page:' line with a page number", e);
        }
        if (page < 1) {
            throw new IllegalArgumentException("transcript " + name + ": page must be 1 or more, was " + page);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("transcript " + name + ": no text after the '#' lines");
        }
        return new Transcript(name, header.getOrDefault("file", ""), sha256, page, header.getOrDefault("left out", ""),
                text.toString());
    }

    /** The transcripts bundled in this jar, as its {@code index.txt} lists them. */
    static List<Transcript> bundled() {
        List<Transcript> all = new ArrayList<>();
        for (String name : resource("index.txt").split("\\R")) {
            if (!name.isBlank()) {
                all.add(parse(name.strip(), resource(name.strip())));
            }
        }
        return all;
    }

    /** The transcripts of a folder: every {@code *.txt} in it. */
    static List<Transcript> in(Path folder) throws IOException {
        List<Transcript> all = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                all.add(parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    private static String resource(String name) {
        try (InputStream in = Transcript.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("the bench jar lacks the transcript resource " + BUNDLED + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
