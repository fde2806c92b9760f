package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.itaminer.pipeline.SamplesFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ./itaminer} launcher, run by bash with a pretend {@code java} and {@code mvn} that write down how they
 * were called: the JVM options it gives, and how it builds.
 */
class LauncherTest {

    @TempDir
    Path tmp;
    private Path repo;
    private Path bin;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(SamplesFolder.find().getParent().resolve("itaminer"), repo.resolve("itaminer"));
        bin = Files.createDirectories(tmp.resolve("bin"));
        script(bin.resolve("java"), "for a in \"$@\"; do echo \"$a\"; done > \"" + tmp.resolve("java.args") + "\"");
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Launch(int code, String out, String err, List<String> javaArgs) {
    }

    private Launch launch(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", repo.resolve("itaminer").toString(), "--version")
                .redirectError(tmp.resolve("launcher.err").toFile());
        pb.environment().remove("ITAMINER_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Launch(p.exitValue(), out, Files.readString(tmp.resolve("launcher.err")),
                Files.readAllLines(tmp.resolve("java.args")));
    }

    @ParameterizedTest(name = "ITAMINER_JAVA_OPTS={0} JAVA_TOOL_OPTIONS={1}: heap option {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-          | -                          | -Xmx2g",
        "-Xmx1g     | -                          | -Xmx1g",
        "-          | -Xmx300m                   | -",
        "-          | -Dfile.encoding=UTF-8 -Xmx3g | -",
        "-Xmx1g     | -Xmx300m                   | -Xmx1g",
        "-          | -Dsun.jnu.encoding=UTF-8   | -Xmx2g",
    })
    void theDefaultHeapNeverOverridesOneTheUserGave(String itaminerOpts, String toolOpts, String heap) throws Exception {
        Files.createDirectories(repo.resolve("cli/target"));
        Files.write(repo.resolve("cli/target/itaminer.jar"), new byte[0]);
        Map<String, String> env = new java.util.HashMap<>();
        if (itaminerOpts != null) {
            env.put("ITAMINER_JAVA_OPTS", itaminerOpts);
        }
        if (toolOpts != null) {
            env.put("JAVA_TOOL_OPTIONS", toolOpts);
        }
        List<String> args = launch(env).javaArgs();
        List<String> heaps = args.stream().filter(a -> a.startsWith("-Xmx")).toList();
        assertEquals(heap == null ? List.of() : List.of(heap), heaps, args.toString());
        assertEquals("--version", args.get(args.size() - 1));
    }

    @Test
    void theFirstRunsBuildIsQuietColourlessAndOutOfTheOutput() throws Exception {
        // a pretend Maven that talks in colour on its standard output, as a real one can, and makes the jar
        script(bin.resolve("mvn"), "printf '%s\\n' \"$@\" > \"" + tmp.resolve("mvn.args") + "\"\n"
                + "printf '\\033[1;34m[INFO]\\033[m Building itaminer\\033[0m\\n'\n"
                + "printf '\\033[0m\\033[0m' >&2\n"
                + "mkdir -p cli/target && : > cli/target/itaminer.jar");
        Launch first = launch(Map.of());
        assertEquals(0, first.code());
        assertFalse(first.out().contains("\u001b"), "colour codes in the output: " + first.out());
        assertEquals("", first.out(), "the build says nothing on standard output");
        assertTrue(first.err().contains("Building itaminer"), "what Maven says goes to stderr: " + first.err());
        assertFalse(first.err().contains("\u001b"), "nor colour codes on stderr: " + first.err());
        List<String> mvn = Files.readAllLines(tmp.resolve("mvn.args"));
        assertTrue(mvn.containsAll(Arrays.asList("-B", "-q", "-Dstyle.color=never")), mvn.toString());
    }
}
