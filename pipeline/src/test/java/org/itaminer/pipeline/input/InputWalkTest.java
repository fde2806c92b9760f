package org.itaminer.pipeline.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.itaminer.pipeline.Inputs;
import org.itaminer.pipeline.TooDeepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A folder of ITA documents as an agency's staff leave it: sub-folders per fiscal year, a SOURCES.md, drafts, hidden
 * editor files, links. One place that cannot be read is skipped and named; nothing leaves the given folders unless
 * asked.
 */
class InputWalkTest {

    @TempDir
    Path tmp;

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> names(Path root, List<Path> files) {
        return files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
    }

    /** A folder the system cannot open ({@link TooDeepFolder}): before, {@code Files.walk} threw and the run stopped. */
    @Test
    void aFolderTheSystemCannotOpenIsSkippedAndNamedAndTheRestIsRead() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("ita"));
        write(root.resolve("2567/plan_sao_nongbua_2567.txt"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๗\n");
        write(root.resolve("2568/report_pao_satun.txt"), "รายงานผลการดำเนินการ ปีงบประมาณ ๒๕๖๘\n");
        try (TooDeepFolder archive = TooDeepFolder.create(tmp.resolve("build"), root.resolve("archive"))) {
            assertEquals(List.of("2567/plan_sao_nongbua_2567.txt", "2568/report_pao_satun.txt"),
                    names(root, Inputs.expand(List.of(root))));

            InputScan scan = InputWalk.scan(List.of(root), InputOptions.DEFAULT);
            assertEquals(1, scan.unreadable().size(), scan.skipped().toString());
            InputScan.Skipped skipped = scan.unreadable().get(0);
            assertTrue(skipped.path().startsWith(archive.path()), skipped.toString());
            assertTrue(skipped.detail().contains("too long"), skipped.detail());
            assertEquals("1 skipped: unreadable 1", scan.summary());
        }
    }

    /**
     * A folder without read permission: as root (the tests here run as root) chmod 000 does not stop reading, so the
     * walk is handed the failure {@link Files#walkFileTree} gives for such a folder, through its seam.
     */
    @Test
    void aFolderWithoutPermissionIsSkippedAndNamedAndTheRestIsRead() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("ita"));
        write(root.resolve("a_plan.txt"), "แผนปฏิบัติการป้องกันการทุจริต\n");
        write(root.resolve("locked/b_report.txt"), "รายงานผลการดำเนินการ\n");
        write(root.resolve("z_notice.txt"), "ประกาศ เรื่อง นโยบายไม่รับของขวัญ\n");
        Path locked = root.resolve("locked");
        InputWalk walk = new InputWalk((start, options, visitor) -> Files.walkFileTree(start, options,
                Integer.MAX_VALUE, new Refusing(visitor, locked)));

        InputScan scan = walk.walk(List.of(root), InputOptions.DEFAULT);

        assertEquals(List.of("a_plan.txt", "z_notice.txt"), names(root, scan.files()));
        assertEquals(List.of(new InputScan.Skipped(locked, SkipReason.UNREADABLE, "permission denied")),
                scan.skipped());
    }

    /** Passes everything on, except that one folder fails to open, as it does without read permission. */
    private record Refusing(FileVisitor<Path> inner, Path refused) implements FileVisitor<Path> {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (dir.equals(refused)) { // as the JDK does: told, and not entered
                inner.visitFileFailed(dir, new AccessDeniedException(dir.toString()));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return inner.preVisitDirectory(dir, attrs);
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            return inner.visitFile(file, attrs);
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
            return inner.visitFileFailed(file, exc);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            return inner.postVisitDirectory(dir, exc);
        }
    }

    @Test
    void linksStayInsideTheInputFoldersUnlessAsked() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("ita"));
        Path secret = write(tmp.resolve("elsewhere/passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path plan = write(root.resolve("2568/plan_sao_nongbua_2568.txt"), "มาตรการส่งเสริมคุณธรรม ๒๕๖๘\n");
        Files.createSymbolicLink(root.resolve("passwd.txt"), secret);
        Files.createSymbolicLink(root.resolve("latest_plan.txt"), plan); // inside: fine to read
        Files.createSymbolicLink(root.resolve("2568/loop"), root); // a loop back to the top
        Files.createSymbolicLink(root.resolve("gone.txt"), tmp.resolve("deleted.txt"));

        List<Path> files = Inputs.expand(List.of(root));
        assertEquals(List.of("2568/plan_sao_nongbua_2568.txt", "latest_plan.txt"), names(root, files),
                "a link to a file outside the input folder is not read");

        InputScan scan = InputWalk.scan(List.of(root), InputOptions.DEFAULT);
        assertEquals("3 skipped: links 3", scan.summary(), scan.skipped().toString());
        assertTrue(scan.skipped().stream().anyMatch(s -> s.path().equals(root.resolve("passwd.txt"))
                && s.detail().contains("--follow-links")), scan.skipped().toString());

        InputScan followed = InputWalk.scan(List.of(root), new InputOptions(true, List.of()));
        assertEquals(List.of("2568/plan_sao_nongbua_2568.txt", "latest_plan.txt", "passwd.txt"),
                names(root, followed.files()), "asked to, it follows links out, and never round the loop");
        assertEquals(List.of(SkipReason.LINK, SkipReason.LINK),
                followed.skipped().stream().map(InputScan.Skipped::reason).toList(), followed.skipped().toString());
    }

    @Test
    void filesNamedOnTheCommandLineAreReadAsGiven() throws IOException {
        Path hidden = write(tmp.resolve(".ร่าง_แผน.txt"), "แผน\n");
        Path secret = write(tmp.resolve("elsewhere/แผน.txt"), "แผน\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), secret);
        Path missing = tmp.resolve("ไม่มี.pdf");
        InputScan scan = InputWalk.scan(List.of(hidden, link, missing),
                new InputOptions(false, List.of("*.txt")));
        assertEquals(List.of(hidden, link, missing), scan.files());
        assertEquals(List.of(), scan.skipped());
    }

    /** What an agency's folder holds, and what each set of --exclude patterns leaves to read. */
    @ParameterizedTest(name = "--exclude {0}")
    @CsvSource(delimiter = '|', value = {
        "''                    | 2567/plan.pdf 2567/report.docx SOURCES.md drafts/plan_v1.docx drafts/notes/x.txt | hidden 3, excluded 1",
        "*.md                  | 2567/plan.pdf 2567/report.docx drafts/plan_v1.docx drafts/notes/x.txt | hidden 3, excluded 2",
        "*.md drafts/**        | 2567/plan.pdf 2567/report.docx | hidden 3, excluded 4",
        "*.docx                | 2567/plan.pdf SOURCES.md drafts/notes/x.txt | hidden 3, excluded 3",
        "2567/*                | SOURCES.md drafts/plan_v1.docx drafts/notes/x.txt | hidden 3, excluded 3",
        "**/*.txt *.md         | 2567/plan.pdf 2567/report.docx drafts/plan_v1.docx | hidden 3, excluded 3",
    })
    void excludePatternsAndHiddenFilesAreCountedInTheSummary(String patterns, String read, String counts)
            throws IOException {
        Path root = Files.createDirectories(tmp.resolve("ita"));
        for (String f : List.of("2567/plan.pdf", "2567/report.docx", "SOURCES.md", "drafts/plan_v1.docx",
                "drafts/notes/x.txt", "2567/plan.expected.json", ".DS_Store", "2567/.~lock.report.docx#",
                ".git/config")) {
            write(root.resolve(f), "x");
        }
        List<String> excludes = patterns.isBlank() ? List.of() : List.of(patterns.split(" "));
        InputScan scan = InputWalk.scan(List.of(root), new InputOptions(false, excludes));
        List<String> expected = new ArrayList<>(List.of(read.split(" ")));
        expected.sort(null);
        assertEquals(expected, names(root, scan.files()));
        assertEquals(scan.skipped().size() + " skipped: " + counts, scan.summary());
    }
}
