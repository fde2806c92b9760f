package org.itaminer.pipeline.input;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Objects;

/**
 * How to walk input folders.
 *
 * @param followLinks follow symbolic links out of the input folders ({@code --follow-links}); loops are never
 *     followed
 * @param excludes glob patterns ({@code --exclude}) matched against a file's path relative to its input folder and
 *     against its name: {@code *.md}, {@code drafts/**}
 */
public record InputOptions(boolean followLinks, List<String> excludes) {

    /** Answer files beside the samples are never documents. */
    static final String ANSWER_FILES = "*.expected.json";

    /** Stay inside the input folders, exclude nothing but answer files. */
    public static final InputOptions DEFAULT = new InputOptions(false, List.of());

    public InputOptions {
        excludes = List.copyOf(Objects.requireNonNull(excludes, "excludes"));
    }

    /** The patterns as matchers, answer files first. */
    List<Exclusion> exclusions() {
        java.util.ArrayList<Exclusion> out = new java.util.ArrayList<>();
        out.add(new Exclusion(ANSWER_FILES, FileSystems.getDefault().getPathMatcher("glob:" + ANSWER_FILES)));
        for (String glob : excludes) {
            out.add(new Exclusion(glob, FileSystems.getDefault().getPathMatcher("glob:" + glob)));
        }
        return out;
    }

    /** One pattern and its matcher. */
    record Exclusion(String glob, PathMatcher matcher) {
    }
}
