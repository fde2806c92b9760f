package org.itaminer.extract.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The 77 provinces (จังหวัด), to tell a province name from the words glued after it. */
public final class Provinces {

    private Provinces() {
    }

    private static final class Holder {
        /** Longest first, so a name that begins another ("นครปฐม" / "นคร...") matches whole. */
        static final List<String> NAMES = load();

        private static List<String> load() {
            String resource = "provinces.txt";
            try (InputStream in = Provinces.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing from the jar: " + resource);
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<String> names() {
        return Holder.NAMES;
    }

    /** The province whose name starts {@code text} (white space at the start ignored), if any. */
    public static Optional<String> prefixOf(String text) {
        String t = text.stripLeading();
        for (String name : Holder.NAMES) {
            if (t.startsWith(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
