package org.itaminer.acquire.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.acquire.fetch.Attempt;
import org.itaminer.acquire.fetch.FetchError;
import org.itaminer.acquire.fetch.FetchResult;

/**
 * The acquisition registry (ทะเบียนการเก็บเอกสาร): every source and every fetch attempt, in an SQLite database in the
 * workdir ({@code W/acquire.db}, WAL mode). A crawl reads its frontier from here, so one stopped at any point goes
 * on from its pending sources; each change is one transaction, so a kill leaves the last one whole or absent.
 * Thread-safe: one connection, one caller at a time (SQLite has one writer anyway).
 */
public final class Registry implements AutoCloseable {

    public static final String FILE = "acquire.db";

    private final Connection db;

    private Registry(Connection db) {
        this.db = db;
    }

    /** Opens (or creates) the registry in the workdir. */
    public static Registry open(Path workdir) throws IOException {
        try {
            Files.createDirectories(workdir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + workdir.resolve(FILE).toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL"); // WAL: a power cut may lose the last commits, never corrupt
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("PRAGMA foreign_keys=ON");
                for (String ddl : Schema.TABLES) {
                    s.execute(ddl);
                }
                if (!hasColumn(s, "source", "kind")) {
                    for (String sql : Schema.ADD_KIND) {
                        s.execute(sql);
                    }
                }
            }
            return new Registry(c);
        } catch (SQLException e) {
            throw new IOException("cannot open the acquisition registry in " + workdir + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                if (column.equals(r.getString("name"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Adds sources, or improves what is known of them: a link found again keeps its first page and anchor, takes the
     * smaller depth and the larger score, and one not wanted before becomes pending when found where it is wanted.
     */
    public synchronized void add(List<FoundLink> links) throws IOException {
        inTransaction(() -> insert(links));
    }

    private void insert(List<FoundLink> links) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(Schema.UPSERT_SOURCE)) {
            String now = Instant.now().toString();
            for (FoundLink l : links) {
                p.setString(1, l.url());
                p.setString(2, l.site());
                p.setString(3, l.foundOn().orElse(null));
                p.setString(4, l.anchor());
                p.setInt(5, l.depth());
                p.setInt(6, l.score());
                p.setString(7, l.state().value());
                p.setString(8, l.note());
                p.setString(9, Schema.hints(l.hints()));
                p.setString(10, now);
                p.setString(11, l.kind().value());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The next pending sources of a site, most promising first (score, then depth). */
    public synchronized List<Source> pending(String site, int limit) throws IOException {
        return query(Schema.SELECT_SOURCE + " WHERE site = ? AND state = 'pending' ORDER BY score DESC, depth, id "
                + "LIMIT ?", site, limit);
    }

    /** Every source of a site (all sites when {@code site} is empty), in the order added. */
    public synchronized List<Source> sources(Optional<String> site) throws IOException {
        return site.isPresent() ? query(Schema.SELECT_SOURCE + " WHERE site = ? ORDER BY id", site.get())
                : query(Schema.SELECT_SOURCE + " ORDER BY id");
    }

    public synchronized Optional<Source> source(String url) throws IOException {
        return query(Schema.SELECT_SOURCE + " WHERE url = ?", url).stream().findFirst();
    }

    /** How many sources of a site the registry knows: none before its first crawl. */
    public synchronized int known(String site) throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT count(*) FROM source WHERE site = ?")) {
            p.setString(1, site);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The documents stored from a site so far. */
    public synchronized int documents(String site) throws IOException {
        try (PreparedStatement p = db.prepareStatement(
                "SELECT count(*) FROM source WHERE site = ? AND state = 'document'")) {
            p.setString(1, site);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Logs a source's fetch attempts and what became of it, in one transaction; a page's links are added in the same
     * one, so a crawl killed here either knows the page and its links or fetches the page again.
     *
     * @param sha256 the stored document's digest, when it became one
     * @param note why it is not a document
     */
    public synchronized void finish(Source source, FetchResult result, SourceState state, Optional<String> sha256,
                                    String note, List<FoundLink> links) throws IOException {
        inTransaction(() -> {
            logAttempts(source.id(), result);
            try (PreparedStatement p = db.prepareStatement(Schema.FINISH_SOURCE)) {
                p.setString(1, state.value());
                p.setString(2, result.finalUrl().toString());
                p.setInt(3, result.status());
                p.setString(4, sha256.orElse(source.sha256().orElse(null)));
                p.setString(5, result.body().map(b -> b.mediaType()).orElse(source.mediaType().orElse(null)));
                p.setLong(6, result.body().map(b -> b.bytes()).orElse(source.bytes()));
                p.setString(7, result.validators().etag().orElse(source.etag().orElse(null)));
                p.setString(8, result.validators().lastModified().orElse(source.lastModified().orElse(null)));
                p.setString(9, note);
                p.setString(10, Instant.now().toString());
                p.setString(11, kind(source, result).value());
                p.setLong(12, source.id());
                p.executeUpdate();
            }
            insert(links);
        });
    }

    /** A page or document link's kind once its bytes are known: HTML is a page, anything else a document. */
    private static SourceKind kind(Source source, FetchResult result) {
        if (source.kind() == SourceKind.ROBOTS || source.kind() == SourceKind.SITEMAP || result.body().isEmpty()) {
            return source.kind();
        }
        return result.body().get().isHtml() ? SourceKind.PAGE : SourceKind.DOCUMENT;
    }

    /** Marks a pending source as not fetched, with the reason. */
    public synchronized void skip(Source source, SourceState state, String note) throws IOException {
        inTransaction(() -> {
            try (PreparedStatement p = db.prepareStatement(
                    "UPDATE source SET state = ?, note = ?, updated = ? WHERE id = ?")) {
                p.setString(1, state.value());
                p.setString(2, note);
                p.setString(3, Instant.now().toString());
                p.setLong(4, source.id());
                p.executeUpdate();
            }
        });
    }

    /** Puts stored documents of the sites back to pending, for {@code --refresh} (their validators are kept). */
    public synchronized int refresh(List<String> sites) throws IOException {
        int[] n = {0};
        inTransaction(() -> {
            try (PreparedStatement p = db.prepareStatement(
                    "UPDATE source SET state = 'pending' WHERE site = ? AND state IN ('document', 'page')")) {
                for (String site : sites) {
                    p.setString(1, site);
                    n[0] += p.executeUpdate();
                }
            }
        });
        return n[0];
    }

    /**
     * Puts the sites' sources that failed for a passing reason (a time-out, a broken connection, 5xx, 429) back to
     * pending: a crawl run again tries them again; a 404 or a robots.txt refusal stays as it is.
     */
    public synchronized int retryPassingFailures(List<String> sites) throws IOException {
        int[] n = {0};
        inTransaction(() -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE source SET state = 'pending' WHERE site = ? AND "
                    + "state = 'failed' AND (note LIKE 'timeout:%' OR note LIKE 'connection:%' OR status = 429 "
                    + "OR status BETWEEN 500 AND 599)")) {
                for (String site : sites) {
                    p.setString(1, site);
                    n[0] += p.executeUpdate();
                }
            }
        });
        return n[0];
    }

    /** Every fetch attempt for an address, in order. */
    public synchronized List<FetchRow> fetches(String url) throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT f.source_id, f.url, f.final_url, f.status, f.hops, "
                + "f.started, f.millis, f.error, f.message, f.bytes, f.sha256 FROM fetch f JOIN source s "
                + "ON s.id = f.source_id WHERE s.url = ? ORDER BY f.id")) {
            p.setString(1, url);
            List<FetchRow> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new FetchRow(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5),
                            Instant.parse(r.getString(6)), r.getLong(7), Optional.ofNullable(r.getString(8)),
                            r.getString(9), r.getLong(10), Optional.ofNullable(r.getString(11))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Every fetch attempt with its source's kind, page and anchor, in the order made. */
    public synchronized List<LoggedFetch> fetchLog() throws IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT f.url, f.final_url, f.status, f.bytes, f.sha256, "
                + "f.started, f.millis, f.error, f.message, s.found_on, s.anchor, s.kind FROM fetch f JOIN source s "
                + "ON s.id = f.source_id ORDER BY f.id")) {
            List<LoggedFetch> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new LoggedFetch(r.getString(1), r.getString(2), r.getInt(3), r.getLong(4),
                            Optional.ofNullable(r.getString(5)), Instant.parse(r.getString(6)), r.getLong(7),
                            Optional.ofNullable(r.getString(8)), r.getString(9), Optional.ofNullable(r.getString(10)),
                            r.getString(11), SourceKind.of(r.getString(12))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The counts {@code itaminer registry} prints. */
    public synchronized RegistrySummary summary() throws IOException {
        java.util.Map<String, Integer> states = new java.util.TreeMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT state, count(*) FROM source GROUP BY state");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                states.put(r.getString(1), r.getInt(2));
            }
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return RegistrySummary.of(states, fetchLog());
    }

    private void logAttempts(long sourceId, FetchResult result) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(Schema.INSERT_FETCH)) {
            List<Attempt> attempts = result.attempts();
            for (int i = 0; i < attempts.size(); i++) {
                Attempt a = attempts.get(i);
                boolean last = i == attempts.size() - 1;
                p.setLong(1, sourceId);
                p.setString(2, a.url().toString());
                p.setString(3, a.finalUrl().toString());
                p.setInt(4, a.status());
                p.setInt(5, a.hops());
                p.setString(6, a.started().toString());
                p.setLong(7, a.millis());
                p.setString(8, a.error().map(FetchError::value).orElse(null));
                p.setString(9, a.message());
                p.setLong(10, last ? result.body().map(b -> b.bytes()).orElse(0L) : 0L);
                p.setString(11, last ? result.body().map(b -> b.sha256()).orElse(null) : null);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private List<Source> query(String sql, Object... args) throws IOException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            List<Source> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(Schema.source(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) throws IOException {
        try {
            db.setAutoCommit(false);
            try {
                work.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("the acquisition registry: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
