package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;

/**
 * Runs the readers over the shared real documents and the eval PDFs (not part of the unit tests: it
 * needs /work/shared). Prints per file pages, tables, page qualities and seconds; for the eval PDFs it
 * compares tables with the seed texts. Usage: {@code RealDocsCheck SHARED_DIR [--dump]}.
 */
public final class RealDocsCheck {

    private RealDocsCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "/work/shared");
        boolean dump = List.of(args).contains("--dump");
        String only = System.getProperty("only");
        System.out.println(run(shared, dump, only));
    }

    static String run(Path shared, boolean dump, String only) throws Exception {
        StringBuilder out = new StringBuilder();
        Ingest ingest = Ingest.standard();
        List<Path> files = new ArrayList<>();
        Path evalDir = shared.resolve("eval/pdf");
        if (Files.isDirectory(evalDir)) {
            try (Stream<Path> s = Files.list(evalDir)) {
                s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith(".scan.pdf")).sorted()
                        .forEach(files::add);
            }
        }
        Path real = shared.resolve("realdocs");
        if (Files.isDirectory(real)) {
            try (Stream<Path> s = Files.walk(real)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted()
                        .forEach(files::add);
            }
        }
        if (only != null) {
            files.removeIf(p -> !p.toString().contains(only));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        double slowest = 0;
        String slowestName = "";
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "realdocs");
            t.setDaemon(true);
            return t;
        });
        for (Path f : files) {
            long t0 = System.nanoTime();
            String name = shared.relativize(f).toString();
            String line;
            LayoutDocument doc = null;
            Future<LayoutDocument> fut = exec.submit(() -> ingest.read(f));
            try {
                doc = fut.get(300, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fut.cancel(true);
                outcomes.merge("error:timeout", 1, Integer::sum);
                out.append(String.format(Locale.ROOT, "%-90s TIMEOUT%n", name));
                exec = Executors.newSingleThreadExecutor();
                continue;
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                String kind = c instanceof IngestException ie ? ie.kind().value() : "crash:" + c.getClass().getSimpleName();
                outcomes.merge("error:" + kind, 1, Integer::sum);
                double s = (System.nanoTime() - t0) / 1e9;
                out.append(String.format(Locale.ROOT, "%-90s %6.2fs ERROR %s: %s%n", name, s, kind, c.getMessage()));
                if (!(c instanceof IngestException)) {
                    c.printStackTrace();
                }
                continue;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (s > slowest) {
                slowest = s;
                slowestName = name;
            }
            Map<String, Long> q = doc.pages().stream().collect(Collectors.groupingBy(
                    p -> p.textLayer().quality().name(), TreeMap::new, Collectors.counting()));
            for (Page p : doc.pages()) {
                outcomes.merge("page:" + p.textLayer().quality().name(), 1, Integer::sum);
            }
            boolean allGood = doc.pages().stream().noneMatch(p -> p.textLayer().needsOcr());
            boolean noneGood = doc.pages().stream().allMatch(p -> p.textLayer().needsOcr());
            outcomes.merge("doc:" + (allGood ? "ok" : noneGood ? "all-pages-ocr" : "some-pages-ocr"), 1, Integer::sum);
            List<Table> tables = doc.blocks().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
            String methods = tables.stream().collect(Collectors.groupingBy(Table::method, TreeMap::new,
                    Collectors.counting())).toString();
            line = String.format(Locale.ROOT, "%-90s %6.2fs pages=%d tables=%d %s rows=%d quality=%s",
                    name, s, doc.pages().size(), tables.size(), methods,
                    tables.stream().mapToInt(t -> t.rows().size()).sum(), q);
            out.append(line).append('\n');
            if (dump) {
                out.append(dump(doc));
            }
            if (f.startsWith(evalDir)) {
                Path seed = shared.resolve("seeds").resolve(f.getFileName().toString().replace(".pdf", ".txt"));
                if (Files.exists(seed)) {
                    out.append(compare(seedTables(seed), tables));
                }
            }
        }
        out.append("outcomes: ").append(outcomes).append('\n');
        out.append(String.format(Locale.ROOT, "slowest: %.2fs %s%n", slowest, slowestName));
        return out.toString();
    }

    static String dump(LayoutDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Page p : doc.pages()) {
            sb.append("  --- page ").append(p.number()).append(' ').append(p.textLayer()).append('\n');
            for (Block b : p.blocks()) {
                if (b instanceof Paragraph para) {
                    sb.append("  P: ").append(String.join(" / ", para.lines())).append('\n');
                } else if (b instanceof Table t) {
                    sb.append("  T[").append(t.method()).append("]\n");
                    for (Row r : t.rows()) {
                        sb.append("    | ").append(r.cells().stream()
                                .map(c -> String.join(" ¶ ", c.paragraphs()) + (c.columnSpan() > 1 ? "{" + c.columnSpan() + "}" : ""))
                                .collect(Collectors.joining(" | "))).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Tables of a seed text: runs of tab-separated lines. */
    static List<List<List<String>>> seedTables(Path seed) throws IOException {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            if (line.contains("\t")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                List<String> cells = new ArrayList<>();
                for (String c : line.split("\t", -1)) {
                    cells.add(c.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
                }
                current.add(cells);
            } else {
                current = null;
            }
        }
        return tables;
    }

    static String compare(List<List<List<String>>> seed, List<Table> found) {
        List<List<List<String>>> foundText = new ArrayList<>();
        for (Table t : found) {
            List<List<String>> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (Cell c : r.cells()) {
                    cells.add(c.text());
                    for (int k = 1; k < c.columnSpan(); k++) {
                        cells.add("");
                    }
                }
                rows.add(cells);
            }
            foundText.add(rows);
        }
        java.util.Set<String> headers = new java.util.HashSet<>();
        for (List<List<String>> t : seed) {
            headers.add(rowKey(t.get(0)));
        }
        List<List<String>> seedRows = dataRows(seed, headers);
        List<List<String>> foundRows = dataRows(foundText, headers);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "    per page  seed: %d tables %d rows | found: %d tables %d rows %s%n",
                seed.size(), seed.stream().mapToInt(List::size).sum(), found.size(),
                found.stream().mapToInt(t -> t.rows().size()).sum(),
                found.stream().map(t -> t.rows().size() + "x" + t.columnCount() + t.method().value().charAt(0)).toList()));
        // each seed data row against the found data rows, in order (monotone greedy alignment)
        double simSum = 0;
        int good = 0;
        int from = 0;
        for (List<String> sr : seedRows) {
            double best = 0;
            int bestIdx = -1;
            for (int k = from; k < foundRows.size(); k++) {
                double s = rowSimilarity(sr, foundRows.get(k));
                if (s > best) {
                    best = s;
                    bestIdx = k;
                }
            }
            simSum += best;
            if (best >= 0.9) {
                good++;
            }
            if (bestIdx >= 0 && best >= 0.5) {
                from = bestIdx + 1;
            }
        }
        sb.append(String.format(Locale.ROOT,
                "    data rows (headers dropped, continuations joined) seed=%d found=%d; seed rows matched >=0.9: %d;"
                        + " mean best row similarity %.3f%n",
                seedRows.size(), foundRows.size(), good, seedRows.isEmpty() ? 0 : simSum / seedRows.size()));
        return sb.toString();
    }

    private static String rowKey(List<String> row) {
        return row.stream().map(RealDocsCheck::norm).collect(Collectors.joining("|"));
    }

    /** All rows but header rows, with continuation rows (empty or "(ต่อ)" first cell) joined to the row before. */
    static List<List<String>> dataRows(List<List<List<String>>> tables, java.util.Set<String> headers) {
        List<List<String>> out = new ArrayList<>();
        for (List<List<String>> t : tables) {
            for (List<String> row : t) {
                if (headers.contains(rowKey(row))) {
                    continue;
                }
                String first = norm(row.get(0));
                if (!out.isEmpty() && (first.isEmpty() || first.startsWith("(ต"))) {
                    List<String> prev = out.get(out.size() - 1);
                    for (int c = 1; c < row.size(); c++) {
                        while (prev.size() <= c) {
                            prev.add("");
                        }
                        prev.set(c, (prev.get(c) + " " + row.get(c)).strip());
                    }
                } else {
                    out.add(new ArrayList<>(row));
                }
            }
        }
        return out;
    }

    private static double rowSimilarity(List<String> a, List<String> b) {
        double sum = 0;
        int n = 0;
        for (int c = 0; c < Math.max(a.size(), b.size()); c++) {
            String x = norm(c < a.size() ? a.get(c) : "");
            String y = norm(c < b.size() ? b.get(c) : "");
            if (x.isEmpty() && y.isEmpty()) {
                continue;
            }
            sum += similarity(x, y);
            n++;
        }
        return n == 0 ? 1 : sum / n;
    }

    /** Text for comparison: no spaces, no tone marks or private-use glyphs (the normaliser's job). */
    static String norm(String s) {
        return s.replaceAll("[\\s\u200B\uE000-\uF8FF\u0E48-\u0E4C]+", "").replace("\u0E4D\u0E32", "\u0E33");
    }

    /** 1 - normalised Levenshtein distance. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / Math.max(a.length(), b.length());
    }
}
