package org.itaminer.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.ocr.OcrCache;
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

    /**
     * Counts over a set of pages.
     *
     * @param missed the text layer's numbers the OCR did not write, as pN:NUMBER
     * @param extra the OCR's numbers the text layer does not have, as pN:NUMBER
     */
    record Counts(int truth, int read, int matched, List<String> missed, List<String> extra) {
        static final Counts NONE = new Counts(0, 0, 0, List.of(), List.of());

        Counts plus(Counts o) {
            List<String> all = new ArrayList<>(missed);
            all.addAll(o.missed);
            List<String> more = new ArrayList<>(extra);
            more.addAll(o.extra);
            return new Counts(truth + o.truth, read + o.read, matched + o.matched, all, more);
        }

        double recall() {
            return truth == 0 ? 1 : (double) matched / truth;
        }

        double precision() {
            return read == 0 ? 1 : (double) matched / read;
        }
    }

    private final PrintWriter out;
    private final Optional<OcrCache> cache;
    private final boolean context;

    OcrDigitRecall(PrintWriter out) {
        this(out, Optional.empty(), false);
    }

    /**
     * @param cache where the engine's readings are kept between runs (both OCRs share it: it holds what the
     *     engine read, before the digits are read again)
     * @param context whether to print, for each file, the lines of the missed numbers and of those read instead
     */
    OcrDigitRecall(PrintWriter out, Optional<OcrCache> cache, boolean context) {
        this.out = out;
        this.cache = cache;
        this.context = context;
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
        cache.ifPresent(c -> {
            engineOnly.useCache(c);
            reRead.useCache(c);
        });
        PdfReader bare = reader(() -> engineOnly);
        PdfReader recovered = reader(() -> reRead);
        Counts totalBare = Counts.NONE;
        Counts totalRecovered = Counts.NONE;
        out.printf(Locale.ROOT, "%-34s %6s %12s %12s%n", "file", "truth", "engine", "re-read");
        for (Path[] pair : pairs) {
            List<Page> truth = textLayer.read(pair[1]).pages();
            Counts b = compare(truth, bare.read(pair[0]));
            LayoutDocument again = recovered.read(pair[0]);
            Counts r = compare(truth, again);
            totalBare = totalBare.plus(b);
            totalRecovered = totalRecovered.plus(r);
            out.printf(Locale.ROOT, "%-34s %6d %5d/%6.3f %5d/%6.3f%n", pair[0].getFileName(), b.truth(), b.matched(),
                    b.recall(), r.matched(), r.recall());
            if (!r.missed().isEmpty()) {
                out.println("    missed after re-reading: " + String.join(" ", r.missed()));
            }
            if (context) {
                explain(truth, again, r);
            }
            out.flush();
        }
        out.printf(Locale.ROOT, "Thai-digit recall: engine alone %.4f (precision %.4f); re-read %.4f (precision %.4f); "
                + "%d numbers on %d files (target recall >= 0.98)%n", totalBare.recall(), totalBare.precision(),
                totalRecovered.recall(), totalRecovered.precision(), totalRecovered.truth(), pairs.size());
        out.printf(Locale.ROOT, "re-read: %d of %d matched, %d written; engine alone: %d matched, %d written%n",
                totalRecovered.matched(), totalRecovered.truth(), totalRecovered.read(), totalBare.matched(),
                totalBare.read());
        return totalRecovered.recall();
    }

    private static PdfReader reader(Supplier<Ocr> ocr) {
        return new PdfReader(true, StreamLimits.DEFAULT, ocr);
    }

    /** Page by page (by number), the text layer's Thai numbers against the OCR's. */
    static Counts compare(List<Page> truth, LayoutDocument ocr) {
        Map<Integer, Page> read = new HashMap<>();
        ocr.pages().forEach(p -> read.put(p.number(), p));
        Counts total = Counts.NONE;
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
            List<String> extra = new ArrayList<>();
            for (Map.Entry<String, Integer> e : got.entrySet()) {
                for (int i = want.getOrDefault(e.getKey(), 0); i < e.getValue(); i++) {
                    extra.add("p" + page.number() + ":" + e.getKey());
                }
            }
            total = total.plus(new Counts(sum(want), sum(got), matched, missed, extra));
        }
        return total;
    }

    /** Each missed number with the text layer's line holding it, then the numbers written instead, with theirs. */
    private void explain(List<Page> truth, LayoutDocument ocr, Counts counts) {
        Map<Integer, Page> read = new HashMap<>();
        ocr.pages().forEach(p -> read.put(p.number(), p));
        Map<Integer, Page> want = new HashMap<>();
        truth.forEach(p -> want.put(p.number(), p));
        for (String m : counts.missed()) {
            out.println("      want " + m + "  | " + lineWith(want.get(page(m)), number(m)));
        }
        for (String e : counts.extra()) {
            out.println("      read " + e + "  | " + lineWith(read.get(page(e)), number(e)));
        }
    }

    private static int page(String tagged) {
        return Integer.parseInt(tagged.substring(1, tagged.indexOf(':')));
    }

    private static String number(String tagged) {
        return tagged.substring(tagged.indexOf(':') + 1);
    }

    /** The first line of the page holding the number on its own (not inside a longer one). */
    private static String lineWith(Page page, String number) {
        if (page == null) {
            return "";
        }
        Pattern alone = Pattern.compile("(?<![๐-๙])" + Pattern.quote(number) + "(?![๐-๙])");
        for (String line : text(page).split("\n")) {
            if (alone.matcher(line).find()) {
                return line.length() > 110 ? line.substring(0, 110) + "…" : line;
            }
        }
        return "";
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
