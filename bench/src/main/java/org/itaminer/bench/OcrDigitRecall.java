package org.itaminer.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.pdf.PdfReader;
import org.itaminer.ingest.pdf.StreamLimits;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Thai-digit recall of OCR: on scanned PDFs that have a text-layer twin (NAME.scan.pdf beside NAME.pdf), the
 * Thai numbers (runs of ๐–๙) of each OCR'd page are matched against those of the same page's text layer, as
 * multisets; recall is the share of the text layer's numbers that the OCR wrote exactly, precision the share
 * of the OCR's numbers that the text layer has. Measured with the digits as the engine wrote them and with
 * them read again from the image, in the same run.
 */
final class OcrDigitRecall {

    private static final Pattern THAI_NUMBER = Pattern.compile("[๐-๙]+");

    /** Counts over a set of pages. */
    record Counts(int truth, int read, int matched, List<String> missed) {
        Counts plus(Counts o) {
            List<String> all = new ArrayList<>(missed);
            all.addAll(o.missed);
            return new Counts(truth + o.truth, read + o.read, matched + o.matched, all);
        }

        double recall() {
            return truth == 0 ? 1 : (double) matched / truth;
        }

        double precision() {
            return read == 0 ? 1 : (double) matched / read;
        }
    }

    private final PrintWriter out;

    OcrDigitRecall(PrintWriter out) {
        this.out = out;
    }

    /** The pairs of a folder: each NAME.scan.pdf with its NAME.pdf. */
    static List<Path[]> pairs(Path dir) throws java.io.IOException {
        List<Path[]> pairs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path scan : files.filter(f -> f.getFileName().toString().endsWith(".scan.pdf")).sorted().toList()) {
                Path text = dir.resolve(scan.getFileName().toString().replace(".scan.pdf", ".pdf"));
                if (Files.isRegularFile(text)) {
                    pairs.add(new Path[] {scan, text});
                }
            }
        }
        return pairs;
    }

    /** Measures the pairs with and without re-reading; returns the recall with it. */
    double measure(List<Path[]> pairs) throws IngestException {
        PdfReader textLayer = PdfReader.textLayerOnly();
        Ocr engineOnly = Ocr.tesseract(false);
        Ocr reRead = Ocr.tesseract(true);
        PdfReader bare = reader(() -> engineOnly);
        PdfReader recovered = reader(() -> reRead);
        Counts totalBare = new Counts(0, 0, 0, List.of());
        Counts totalRecovered = new Counts(0, 0, 0, List.of());
        out.printf(Locale.ROOT, "%-34s %6s %12s %12s%n", "file", "truth", "engine", "re-read");
        for (Path[] pair : pairs) {
            List<Page> truth = textLayer.read(pair[1]).pages();
            Counts b = compare(truth, bare.read(pair[0]));
            Counts r = compare(truth, recovered.read(pair[0]));
            totalBare = totalBare.plus(b);
            totalRecovered = totalRecovered.plus(r);
            out.printf(Locale.ROOT, "%-34s %6d %5d/%6.3f %5d/%6.3f%n", pair[0].getFileName(), b.truth(), b.matched(),
                    b.recall(), r.matched(), r.recall());
            if (!r.missed().isEmpty()) {
                out.println("    missed after re-reading: " + String.join(" ", r.missed()));
            }
            out.flush();
        }
        out.printf(Locale.ROOT, "Thai-digit recall: engine alone %.4f (precision %.4f); re-read %.4f (precision %.4f); "
                + "%d numbers on %d files (target recall >= 0.98)%n", totalBare.recall(), totalBare.precision(),
                totalRecovered.recall(), totalRecovered.precision(), totalRecovered.truth(), pairs.size());
        return totalRecovered.recall();
    }

    private static PdfReader reader(Supplier<Ocr> ocr) {
        return new PdfReader(true, StreamLimits.DEFAULT, ocr);
    }

    /** Page by page (by number), the text layer's Thai numbers against the OCR's. */
    static Counts compare(List<Page> truth, LayoutDocument ocr) {
        Map<Integer, Page> read = new HashMap<>();
        ocr.pages().forEach(p -> read.put(p.number(), p));
        Counts total = new Counts(0, 0, 0, List.of());
        for (Page page : truth) {
            Map<String, Integer> want = numbers(text(page));
            Map<String, Integer> got = read.containsKey(page.number()) ? numbers(text(read.get(page.number()))) : Map.of();
            int matched = 0;
            List<String> missed = new ArrayList<>();
            for (Map.Entry<String, Integer> e : want.entrySet()) {
                int found = Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
                matched += found;
                for (int i = found; i < e.getValue(); i++) {
                    missed.add("p" + page.number() + ":" + e.getKey());
                }
            }
            total = total.plus(new Counts(sum(want), sum(got), matched, missed));
        }
        return total;
    }

    static Map<String, Integer> numbers(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = THAI_NUMBER.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    static String text(Page page) {
        StringBuilder b = new StringBuilder();
        for (Block block : page.blocks()) {
            if (block instanceof Paragraph p) {
                p.lines().forEach(l -> b.append(l).append('\n'));
            } else if (block instanceof Table t) {
                for (Row row : t.rows()) {
                    for (Cell cell : row.cells()) {
                        cell.paragraphs().forEach(l -> b.append(l).append('\n'));
                    }
                }
            }
        }
        return b.toString();
    }
}
