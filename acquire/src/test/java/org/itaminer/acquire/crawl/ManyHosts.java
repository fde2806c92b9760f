package org.itaminer.acquire.crawl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itaminer.acquire.AgencySite;
import org.itaminer.acquire.MemoryStore;
import org.itaminer.acquire.TestSites;
import org.itaminer.acquire.fetch.HttpFetcher;
import org.itaminer.acquire.registry.Registry;

/**
 * The crawl benchmark: many agency sites on 127.0.0.1, one port standing for each host, crawled at once; measures
 * agencies per hour, requests per host per second, and the closest two requests any host received.
 *
 * <pre>
 * mvn -B -q test-compile -pl acquire -am
 * java -cp "acquire/target/test-classes:acquire/target/classes:$(cat /tmp/cp.txt)" \
 *     org.itaminer.acquire.crawl.ManyHosts 50 1000
 * </pre>
 * (the class path from {@code mvn -q dependency:build-classpath -pl acquire -Dmdep.outputFile=/tmp/cp.txt}).
 */
public final class ManyHosts {

    /** Requests per agency site: robots.txt, home page, ITA page, four documents. */
    static final int DOCUMENTS = 4;

    /**
     * @param hosts sites crawled
     * @param elapsedMillis wall time of the crawl
     * @param requests requests all hosts received
     * @param closestNanos the closest two requests any one host received
     * @param documents documents stored
     */
    record Result(int hosts, long elapsedMillis, int requests, long closestNanos, int documents, long cpuMillis) {

        double agenciesPerHour() {
            return hosts * 3_600_000.0 / elapsedMillis;
        }

        double requestsPerHostPerSecond() {
            return requests * 1000.0 / elapsedMillis / hosts;
        }

        String line(Duration delay) {
            return String.format(Locale.ROOT, "%d hosts, politeness %d ms: %d requests in %.1f s, %d documents; "
                    + "%.0f agencies/hour, %.2f requests/host/s; closest two requests to one host %.1f ms; "
                    + "CPU %.1f s (crawler and the test servers together)", hosts,
                    delay.toMillis(), requests, elapsedMillis / 1000.0, documents, agenciesPerHour(),
                    requestsPerHostPerSecond(), closestNanos / 1e6, cpuMillis / 1000.0);
        }
    }

    private ManyHosts() {
    }

    static AgencySite site(int n) throws Exception {
        AgencySite site = new AgencySite();
        StringBuilder docs = new StringBuilder();
        for (int d = 1; d <= DOCUMENTS; d++) {
            String path = "/ita/o36-" + d + ".pdf";
            docs.append("<a href=\"").append(path).append("\">มาตรการ ").append(d).append("</a>");
            site.file(path, "application/pdf", TestSites.pdf("agency " + n + " document " + d));
        }
        site.page("/", "<html><head><meta charset=utf-8><title>อบต. " + n + "</title></head><body>"
                + "<a href=\"/ita/\">ITA</a><a href=\"/news/\">ข่าว</a></body></html>")
            .page("/ita/", "<html><head><meta charset=utf-8><title>ITA</title></head><body>" + docs + "</body></html>")
            .file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin/\n".getBytes());
        return site;
    }

    static Result run(int hosts, Duration delay, Path workdir) throws Exception {
        List<AgencySite> sites = new ArrayList<>();
        try {
            List<Seed> seeds = new ArrayList<>();
            for (int i = 0; i < hosts; i++) {
                AgencySite s = site(i);
                sites.add(s);
                seeds.add(Seed.of(s.url("/")));
            }
            MemoryStore store = new MemoryStore();
            long t0;
            long t1;
            long cpu0;
            long cpu1;
            try (Registry registry = Registry.open(workdir);
                 HttpFetcher fetcher = new HttpFetcher(TestSites.fastSettings().withPoliteness(delay)
                         .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)), workdir.resolve("tmp"))) {
                t0 = System.nanoTime();
                cpu0 = cpuNanos();
                List<Crawler.SiteFailure> failures = new Crawler(fetcher, registry, store,
                        new CrawlSettings(2, 100, hosts, false), CrawlListener.none()).crawl(seeds);
                t1 = System.nanoTime();
                cpu1 = cpuNanos();
                if (!failures.isEmpty()) {
                    throw new IllegalStateException(failures.toString());
                }
            }
            int requests = 0;
            long closest = Long.MAX_VALUE;
            for (AgencySite s : sites) {
                List<AgencySite.Request> rs = s.requests();
                requests += rs.size();
                for (int i = 1; i < rs.size(); i++) {
                    closest = Math.min(closest, rs.get(i).nanos() - rs.get(i - 1).nanos());
                }
            }
            return new Result(hosts, (t1 - t0) / 1_000_000, requests, closest, store.bytes.size(),
                    (cpu1 - cpu0) / 1_000_000);
        } finally {
            sites.forEach(AgencySite::close);
        }
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1000);
        Path dir = Files.createTempDirectory("itaminer-crawl-bench");
        Result r = run(hosts, delay, dir);
        System.out.println(r.line(delay));
    }
}
