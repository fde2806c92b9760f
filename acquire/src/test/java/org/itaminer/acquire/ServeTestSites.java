package org.itaminer.acquire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Serves two test agency sites on 127.0.0.1 until stopped, to try {@code itaminer crawl} by hand: the faults site of
 * the tests ({@link TestSites#nongbua}), and a site publishing every file of a folder from its ITA page.
 *
 * <pre>
 * java -cp acquire/target/test-classes:acquire/target/classes:$(cat /tmp/cp.txt) \
 *     org.itaminer.acquire.ServeTestSites samples 60
 * </pre>
 * prints the two sites' addresses, then serves them for the given seconds.
 */
public final class ServeTestSites {

    private ServeTestSites() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        try (AgencySite external = new AgencySite();
             AgencySite faults = TestSites.nongbua(external.base().toString());
             AgencySite published = new AgencySite()) {
            StringBuilder links = new StringBuilder();
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
            }
            for (Path f : files) {
                String path = "/ita/files/" + f.getFileName();
                published.file(path, "application/octet-stream", Files.readAllBytes(f));
                links.append("<li><a href=\"").append(path).append("\">มาตรการส่งเสริมคุณธรรมและความโปร่งใส (")
                        .append(f.getFileName()).append(")</a></li>\n");
            }
            published.page("/", "<html><head><meta charset=utf-8><title>หน่วยงานตัวอย่าง</title></head><body>"
                    + "<a href=\"/ita/\">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></body></html>")
                .page("/ita/", "<html><head><meta charset=utf-8><title>ITA</title></head><body><ul>" + links
                    + "</ul></body></html>");
            System.out.println(faults.url("/") + " " + published.url("/"));
            System.out.flush();
            Thread.sleep(seconds * 1000);
            System.err.println("requests: faults site " + faults.requests().size() + ", published site "
                    + published.requests().size() + ", external " + external.requests().size());
        }
    }
}
