package org.itaminer.acquire.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A workdir's acquire.db written before sources had a kind still opens, and its sources get theirs. */
class OlderRegistryTest {

    /** The source table as it was before the kind column. */
    private static final String OLD_SOURCE = "CREATE TABLE source (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, "
            + "site TEXT NOT NULL, found_on TEXT, anchor TEXT NOT NULL DEFAULT '', depth INTEGER NOT NULL, "
            + "score INTEGER NOT NULL, state TEXT NOT NULL, final_url TEXT, status INTEGER NOT NULL DEFAULT 0, "
            + "sha256 TEXT, media_type TEXT, bytes INTEGER NOT NULL DEFAULT 0, etag TEXT, last_modified TEXT, "
            + "note TEXT NOT NULL DEFAULT '', hints TEXT NOT NULL DEFAULT '', added TEXT NOT NULL, updated TEXT)";

    private static Path older(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Registry.FILE));
             Statement s = c.createStatement()) {
            s.execute(OLD_SOURCE);
            String now = "'2026-12-01T03:00:00Z'";
            s.execute("INSERT INTO source (url, site, found_on, anchor, depth, score, state, media_type, added) VALUES "
                    + "('https://www.nongbua.go.th/robots.txt', 'nongbua.go.th', NULL, 'robots.txt', 0, 0, 'page', "
                    + "NULL, " + now + "), "
                    + "('https://www.nongbua.go.th/sitemap.xml', 'nongbua.go.th', NULL, 'sitemap', 0, 0, 'page', "
                    + "'application/xml', " + now + "), "
                    + "('https://www.nongbua.go.th/', 'nongbua.go.th', NULL, '', 0, 0, 'page', 'text/html', " + now
                    + "), "
                    + "('https://www.nongbua.go.th/ita/o36.pdf', 'nongbua.go.th', 'https://www.nongbua.go.th/', "
                    + "'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 1, 5, 'document', 'application/pdf', " + now + ")");
        }
        return dir;
    }

    @ParameterizedTest(name = "{0} becomes a {1}")
    @CsvSource(delimiter = '|', textBlock = """
        https://www.nongbua.go.th/robots.txt    | ROBOTS
        https://www.nongbua.go.th/sitemap.xml   | SITEMAP
        https://www.nongbua.go.th/              | PAGE
        https://www.nongbua.go.th/ita/o36.pdf   | DOCUMENT
        """)
    void anOlderRegistryOpensAndItsSourcesGetTheirKind(String url, SourceKind kind, @TempDir Path dir)
            throws Exception {
        try (Registry registry = Registry.open(older(dir))) {
            assertEquals(kind, registry.source(url).orElseThrow().kind());
        }
    }

    @Test
    void anOlderRegistryTakesNewSourcesAndOpensAgain(@TempDir Path dir) throws Exception {
        try (Registry registry = Registry.open(older(dir))) {
            registry.add(List.of(new FoundLink("https://www.nongbua.go.th/ita/o37.xlsx", "nongbua.go.th",
                    Optional.of("https://www.nongbua.go.th/"), "รายงานผล O37", 1, 5, SourceState.PENDING, "", Map.of(),
                    SourceKind.DOCUMENT)));
        }
        try (Registry registry = Registry.open(dir)) {
            assertEquals(5, registry.sources(Optional.empty()).size());
            assertEquals(SourceKind.DOCUMENT,
                    registry.source("https://www.nongbua.go.th/ita/o37.xlsx").orElseThrow().kind());
        }
    }
}
