package org.itaminer.pipeline.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the inputs of a run into the files to read. A file named on the command line is read as given; a folder is
 * walked (its files sorted), and whatever in it cannot or should not be read is passed over with a reason instead of
 * stopping the walk: a folder that cannot be read, hidden files, {@code --exclude} patterns, answer files, and symbolic
 * links that lead out of the input folders (unless {@code --follow-links}; a loop is never followed).
 */
public final class InputWalk {

    /**
     * Walks one tree, as {@link Files#walkFileTree(Path, Set, int, FileVisitor)} does. A seam for tests: the root a
     * test runs as can read any folder, so a test hands the visitor the failure the file system would give.
     */
    @FunctionalInterface
    public interface TreeWalker {
        void walk(Path start, Set<FileVisitOption> options, FileVisitor<Path> visitor) throws IOException;
    }

    private final TreeWalker walker;

    public InputWalk() {
        this((start, options, visitor) -> Files.walkFileTree(start, options, Integer.MAX_VALUE, visitor));
    }

    public InputWalk(TreeWalker walker) {
        this.walker = Objects.requireNonNull(walker, "walker");
    }

    /** The files of {@code inputs} and what was skipped, walked on the file system. */
    public static InputScan scan(List<Path> inputs, InputOptions options) {
        return new InputWalk().walk(inputs, options);
    }

    public InputScan walk(List<Path> inputs, InputOptions options) {
        List<Path> folderRoots = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                realPath(input).ifPresent(folderRoots::add);
            }
        }
        List<Path> files = new ArrayList<>();
        List<InputScan.Skipped> skipped = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                Folder folder = new Folder(input, folderRoots, options, skipped);
                try {
                    // a folder given as a link is walked where it leads; its files keep the name given
                    Path start = Files.isSymbolicLink(input) ? input.toRealPath() : input;
                    walker.walk(start, options.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                            : EnumSet.noneOf(FileVisitOption.class), folder.visitor(start));
                } catch (IOException e) {
                    skipped.add(new InputScan.Skipped(input, SkipReason.UNREADABLE, describe(e)));
                }
                files.addAll(folder.files.stream().sorted().toList());
            } else {
                files.add(input); // as given; a missing file is that document's failure (not-found)
            }
        }
        return new InputScan(files, skipped);
    }

    private static Optional<Path> realPath(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A read error in words: what a person can act on, without the path (the summary prints that beside it). */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no longer there";
        }
        if (e instanceof FileSystemLoopException) {
            return "a link loop";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.toString();
    }

    /** The walk of one input folder. */
    private static final class Folder {

        private final Path given;
        private final List<Path> roots;
        private final List<InputOptions.Exclusion> exclusions;
        private final List<InputScan.Skipped> skipped;
        private final List<Path> files = new ArrayList<>();

        Folder(Path given, List<Path> roots, InputOptions options, List<InputScan.Skipped> skipped) {
            this.given = given;
            this.roots = roots;
            this.exclusions = options.exclusions();
            this.skipped = skipped;
        }

        FileVisitor<Path> visitor(Path start) {
            return new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && hidden(dir)) {
                        skip(start, dir, SkipReason.HIDDEN, "a hidden folder, not walked");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    consider(start, file, attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skip(start, file, e instanceof FileSystemLoopException ? SkipReason.LINK : SkipReason.UNREADABLE,
                            describe(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) { // the folder's listing broke off
                        skip(start, dir, SkipReason.UNREADABLE, describe(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            };
        }

        private void consider(Path start, Path file, BasicFileAttributes attrs) {
            Path relative = start.relativize(file);
            if (hidden(file)) {
                skip(start, file, SkipReason.HIDDEN, "a hidden file");
                return;
            }
            for (InputOptions.Exclusion ex : exclusions) {
                if (ex.matcher().matches(relative) || ex.matcher().matches(file.getFileName())) {
                    skip(start, file, SkipReason.EXCLUDED, ex.glob().equals(InputOptions.ANSWER_FILES)
                            ? "an answer file (" + ex.glob() + ")" : "--exclude " + ex.glob());
                    return;
                }
            }
            if (attrs.isSymbolicLink()) {
                link(start, file);
            } else if (attrs.isRegularFile()) {
                files.add(given.resolve(relative));
            } else if (!attrs.isDirectory()) {
                skip(start, file, SkipReason.UNREADABLE, "not a regular file");
            }
        }

        /** A link met without following links (or one leading nowhere): read only when it stays inside the inputs. */
        private void link(Path start, Path file) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                skip(start, file, SkipReason.LINK, e instanceof NoSuchFileException ? "a link to nothing"
                        : "a link that cannot be followed: " + describe(e));
                return;
            }
            boolean inside = roots.stream().anyMatch(target::startsWith);
            if (!inside) {
                skip(start, file, SkipReason.LINK, "leads out of the input folders, to " + target
                        + " (--follow-links to read it)");
            } else if (Files.isDirectory(target)) {
                skip(start, file, SkipReason.LINK, "a link to the folder " + target + ", read there");
            } else if (Files.isRegularFile(target)) {
                files.add(given.resolve(start.relativize(file)));
            } else {
                skip(start, file, SkipReason.UNREADABLE, "a link to something not a regular file");
            }
        }

        private void skip(Path start, Path path, SkipReason reason, String detail) {
            Path shown = path.startsWith(start) ? given.resolve(start.relativize(path)) : path;
            skipped.add(new InputScan.Skipped(shown, reason, detail));
        }

        private static boolean hidden(Path p) {
            Path name = p.getFileName();
            return name != null && name.toString().startsWith(".");
        }
    }
}
