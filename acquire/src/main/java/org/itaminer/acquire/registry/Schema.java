package org.itaminer.acquire.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The registry's tables and the statements on them. */
final class Schema {

    private Schema() {
    }

    static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS source ("
            + " id INTEGER PRIMARY KEY,"
            + " url TEXT NOT NULL UNIQUE,"
            + " site TEXT NOT NULL,"
            + " found_on TEXT,"
            + " anchor TEXT NOT NULL DEFAULT '',"
            + " depth INTEGER NOT NULL,"
            + " score INTEGER NOT NULL,"
            + " state TEXT NOT NULL,"
            + " final_url TEXT,"
            + " status INTEGER NOT NULL DEFAULT 0,"
            + " sha256 TEXT,"
            + " media_type TEXT,"
            + " bytes INTEGER NOT NULL DEFAULT 0,"
            + " etag TEXT,"
            + " last_modified TEXT,"
            + " note TEXT NOT NULL DEFAULT '',"
            + " hints TEXT NOT NULL DEFAULT '',"
            + " added TEXT NOT NULL,"
            + " updated TEXT,"
            + " kind TEXT NOT NULL DEFAULT 'page')",
        "CREATE INDEX IF NOT EXISTS source_frontier ON source (site, state, score DESC, depth)",
        "CREATE INDEX IF NOT EXISTS source_sha ON source (sha256)",
        "CREATE TABLE IF NOT EXISTS fetch ("
            + " id INTEGER PRIMARY KEY,"
            + " source_id INTEGER NOT NULL REFERENCES source(id),"
            + " url TEXT NOT NULL,"
            + " final_url TEXT NOT NULL,"
            + " status INTEGER NOT NULL,"
            + " hops INTEGER NOT NULL,"
            + " started TEXT NOT NULL,"
            + " millis INTEGER NOT NULL,"
            + " error TEXT,"
            + " message TEXT NOT NULL,"
            + " bytes INTEGER NOT NULL DEFAULT 0,"
            + " sha256 TEXT)",
        "CREATE INDEX IF NOT EXISTS fetch_source ON fetch (source_id)",
    };

    /**
     * Brings a registry written before the {@code kind} column up to date: the column is added, robots.txt and
     * sitemap sources (told by the anchor they were logged with) and stored files get their kind.
     */
    static final String[] ADD_KIND = {
        "ALTER TABLE source ADD COLUMN kind TEXT NOT NULL DEFAULT 'page'",
        "UPDATE source SET kind = 'robots' WHERE found_on IS NULL AND anchor = 'robots.txt'",
        "UPDATE source SET kind = 'sitemap' WHERE found_on IS NULL AND anchor = 'sitemap'",
        "UPDATE source SET kind = 'document' WHERE kind = 'page' AND media_type IS NOT NULL "
            + "AND media_type NOT LIKE 'text/html%' AND media_type NOT LIKE 'application/xhtml%'",
    };

    static final String UPSERT_SOURCE = "INSERT INTO source (url, site, found_on, anchor, depth, score, state, note, "
            + "hints, added, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
            + "depth = min(depth, excluded.depth), score = max(score, excluded.score), "
            + "state = CASE WHEN state = 'not-wanted' AND excluded.state = 'pending' THEN 'pending' ELSE state END, "
            + "note = CASE WHEN state = 'not-wanted' AND excluded.state = 'pending' THEN '' ELSE note END, "
            + "hints = CASE WHEN excluded.hints <> '' THEN excluded.hints ELSE hints END";

    static final String SELECT_SOURCE = "SELECT id, url, site, found_on, anchor, depth, score, state, final_url, status, "
            + "sha256, media_type, bytes, etag, last_modified, note, hints, kind FROM source";

    static final String FINISH_SOURCE = "UPDATE source SET state = ?, final_url = ?, status = ?, sha256 = ?, "
            + "media_type = ?, bytes = ?, etag = ?, last_modified = ?, note = ?, updated = ?, kind = ? WHERE id = ?";

    static final String INSERT_FETCH = "INSERT INTO fetch (source_id, url, final_url, status, hops, started, millis, "
            + "error, message, bytes, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static Source source(ResultSet r) throws SQLException {
        return new Source(r.getLong(1), r.getString(2), r.getString(3), Optional.ofNullable(r.getString(4)),
                r.getString(5), r.getInt(6), r.getInt(7), SourceState.of(r.getString(8)),
                Optional.ofNullable(r.getString(9)), r.getInt(10), Optional.ofNullable(r.getString(11)),
                Optional.ofNullable(r.getString(12)), r.getLong(13), Optional.ofNullable(r.getString(14)),
                Optional.ofNullable(r.getString(15)), r.getString(16), hints(r.getString(17)), SourceKind.of(r.getString(18)));
    }

    /** Manifest values as {@code key<TAB>value} lines, sorted: plain text that any SQLite client shows. */
    static String hints(Map<String, String> hints) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(hints).forEach((k, v) -> out.append(k.replace('\t', ' ').replace('\n', ' ')).append('\t')
                .append(v.replace('\t', ' ').replace('\n', ' ')).append('\n'));
        return out.toString();
    }

    static Map<String, String> hints(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return out;
    }
}
