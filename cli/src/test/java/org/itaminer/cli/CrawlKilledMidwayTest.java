package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.itaminer.acquire.AgencySite;
import org.itaminer.acquire.registry.Registry;
import org.itaminer.acquire.registry.Source;
import org.itaminer.acquire.registry.SourceState;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.store.ContentStore;
import org.itaminer.pipeline.store.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl killed with {@code kill -9} in the middle, then the same command again: it completes, with every document
 * stored once, no file half-written and nothing fetched twice but the one request the kill cut.
 */
class CrawlKilledMidwayTest {

    private static final int DOCUMENTS = 24;
    private static final int KILL_AFTER = 6;

    @TempDir
    Path tmp;

    private static AgencySite site() throws Exception {
        AgencySite site = new AgencySite();
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= DOCUMENTS; i++) {
            String path = "/ita/o37-" + i + ".txt";
            links.append("<a href=\"").append(path).append("\">รายงานผลการดำเนินการตามมาตรการ ฉบับที่ ").append(i)
                    .append("</a>\n");
            site.file(path, "text/plain; charset=utf-8", ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส\n"
                    + "องค์การบริหารส่วนตำบลหนองบัว ฉบับที่ " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return site.page("/", "<html><head><meta charset=utf-8><title>ITA</title></head><body>" + links
                + "</body></html>");
    }

    @Test
    @Timeout(240)
    void aKilledCrawlRunAgainCompletesWithNoDuplicateAndNoCorruptFile() throws Exception {
        Path work = tmp.resolve("work");
        try (AgencySite site = site()) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process crawl = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "crawl", site.url("/"), "-w",
                    work.toString(), "--delay", "150")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> got = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(crawl.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && got.size() < KILL_AFTER; line = out.readLine()) {
                    if (line.startsWith("got")) {
                        got.add(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                crawl.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
                assertTrue(crawl.waitFor(30, TimeUnit.SECONDS));
            }
            assertEquals(KILL_AFTER, got.size());
            assertNotEquals(0, crawl.exitValue(), "killed, not finished");
            try (Registry registry = Registry.open(work)) {
                for (String url : got) {
                    assertEquals(SourceState.DOCUMENT, registry.source(url).orElseThrow().state(), url);
                }
                long pending = registry.sources(Optional.empty()).stream()
                        .filter(s -> s.state() == SourceState.PENDING).count();
                assertTrue(pending > 0, "the kill came after the crawl was done, so it proves nothing");
            }

            CliRun again = CliRun.of("crawl", site.url("/"), "-w", work.toString(), "--delay", "150");
            assertEquals(ExitCodes.OK, again.code(), again.out() + again.err());

            int twice = 0;
            for (int i = 1; i <= DOCUMENTS; i++) {
                int asked = site.asked("/ita/o37-" + i + ".txt");
                assertTrue(asked == 1 || asked == 2, "o37-" + i + " asked " + asked + " times");
                twice += asked - 1;
            }
            assertTrue(twice <= 1, twice + " documents fetched twice; only the one the kill cut may be");
        }
        Workdir workdir = new Workdir(work);
        List<String> stored = workdir.originals().list();
        assertEquals(DOCUMENTS, stored.size());
        for (String sha : stored) {
            assertEquals(sha, ContentStore.sha256(workdir.originals().file(sha)), "a stored file is not whole");
            Provenance p = workdir.originals().provenance(sha).orElseThrow();
            assertEquals(1, p.sources().size(), p.toString());
        }
        assertEquals(DOCUMENTS, workdir.storedReports().reports().size());
        try (Registry registry = Registry.open(work)) {
            List<Source> documents = registry.sources(Optional.empty()).stream()
                    .filter(s -> s.state() == SourceState.DOCUMENT).toList();
            assertEquals(DOCUMENTS, documents.size());
            assertEquals(DOCUMENTS, documents.stream().map(s -> s.sha256().orElseThrow()).distinct().count());
        }
        try (Stream<Path> files = Files.walk(work)) {
            List<Path> leftovers = files.filter(p -> p.getFileName().toString().endsWith(".part")
                    || p.getFileName().toString().startsWith("incoming-")).toList();
            assertEquals(List.of(), leftovers);
        }
    }

    @Test
    @Timeout(240)
    void aCrawlStoppedLikeCtrlCStopsBetweenTwoFetchesAndSaysHowToGoOn() throws Exception {
        Path work = tmp.resolve("stopped");
        try (AgencySite site = site()) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path errFile = tmp.resolve("stderr.txt");
            Process crawl = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "crawl", site.url("/"), "-w",
                    work.toString(), "--delay", "150")).redirectError(errFile.toFile()).start();
            int got = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(crawl.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && got < 3; line = out.readLine()) {
                    got += line.startsWith("got") ? 1 : 0;
                }
                crawl.destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does
                assertTrue(crawl.waitFor(60, TimeUnit.SECONDS));
            }
            String err = Files.readString(errFile);
            assertTrue(err.contains("the crawl was stopped"), err);
            try (Registry registry = Registry.open(work)) {
                assertTrue(registry.sources(Optional.empty()).stream().anyMatch(s -> s.state() == SourceState.PENDING));
            }
            CliRun again = CliRun.of("crawl", site.url("/"), "-w", work.toString(), "--delay", "50");
            assertEquals(ExitCodes.OK, again.code(), again.out() + again.err());
            assertTrue(again.out().contains(DOCUMENTS + " documents, "), again.out());
        }
    }
}
