package org.itaminer.ingest.pdf;

import com.ibm.icu.util.BytesTrie;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.itaminer.thai.SaraAmComposer;

/**
 * Repairs the SARA AA / SARA AM confusion of Word- and PowerPoint-exported Thai text layers, page by
 * page, with ICU's Thai word dictionary. Two defects exist: ำ extracted as า ("สานักงาน" for
 * "สำนักงาน", {@link Mode#AM_LOST}) and า extracted as ำ ("กำร" for "การ", {@link Mode#AA_AS_AM}).
 *
 * <p>Each Thai run is segmented into dictionary words by dynamic programming (fewest uncovered
 * characters, then fewest words). A page is repaired in one direction only, and only when swapping
 * raises the share of Thai characters covered by dictionary words; a single word is swapped only
 * where the swapped form is a dictionary word and the printed form is not.
 */
public final class ThaiTextLayerRepair {

    private static final Logger LOG = LoggerFactory.getLogger(ThaiTextLayerRepair.class);
    private static final SaraAmComposer SARA_AM = new SaraAmComposer();
    private static final int MAX_WORD = 20;
    private static final Pattern THAI_RUN = Pattern.compile("[\u0E01-\u0E4E]+");
    private static final double MIN_GAIN = 0.01;
    private static final int MIN_SWAPS = 2;

    /** Which defect a page has. */
    public enum Mode {
        NONE, AM_LOST, AA_AS_AM
    }

    /**
     * The outcome on one page.
     *
     * @param mode the repair applied
     * @param shareBefore share of Thai characters in dictionary words before repair
     * @param shareAfter the same after repair (equal to before when nothing was applied)
     * @param swaps words changed
     */
    public record Outcome(Mode mode, double shareBefore, double shareAfter, int swaps) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s dict-share %.3f -> %.3f (%d words)", mode, shareBefore,
                    shareAfter, swaps);
        }
    }

    private static volatile ThaiTextLayerRepair shared;

    /** The dictionary, keyed by the folded form (ำ read as า) so a candidate stops extending early. */
    private final FoldedDictionary words;
    private final ThaiSegmenter segmenter;

    ThaiTextLayerRepair(Set<String> words) {
        this.words = new FoldedDictionary(words);
        this.segmenter = new ThaiSegmenter(this.words, MAX_WORD);
    }

    /** The repair with ICU's Thai dictionary, or null when the dictionary cannot be loaded. */
    public static ThaiTextLayerRepair shared() {
        ThaiTextLayerRepair r = shared;
        if (r == null) {
            synchronized (ThaiTextLayerRepair.class) {
                r = shared;
                if (r == null) {
                    Set<String> dict = loadIcuThaiDictionary();
                    r = dict.isEmpty() ? new ThaiTextLayerRepair(Set.of()) : new ThaiTextLayerRepair(dict);
                    shared = r;
                }
            }
        }
        return r.words.size() == 0 ? null : r;
    }

    int dictionarySize() {
        return words.size();
    }

    boolean isWord(String s) {
        return words.contains(s);
    }

    /** Repairs the strings of one page's blocks. */
    public Repaired repairPage(List<Block> blocks) {
        return repairPage(blocks, new Memo());
    }

    /**
     * The segmentations of the runs already seen, for the pages of one document: headers, footers, table
     * headers and common phrases come back page after page, and a run's segmentation depends on nothing else.
     */
    static final class Memo {
        /** More distinct runs than any real document has; past it the memo starts over, to bound memory. */
        private static final int MAX_RUNS = 10_000;
        private final Map<String, ThaiSegmenter.Segmentation[]> runs = new HashMap<>();

        ThaiSegmenter.Segmentation[] get(String run, ThaiSegmenter segmenter) {
            ThaiSegmenter.Segmentation[] segs = runs.get(run);
            if (segs == null) {
                if (runs.size() >= MAX_RUNS) {
                    runs.clear();
                }
                segs = segmenter.segment(run, Mode.values());
                runs.put(run, segs);
            }
            return segs;
        }
    }

    /** Repairs the strings of one page's blocks, with the segmentations of the document's earlier pages. */
    Repaired repairPage(List<Block> blocks, Memo memo) {
        List<String> runs = new ArrayList<>();
        forEachText(blocks, s -> {
            Matcher m = THAI_RUN.matcher(s);
            while (m.find()) {
                runs.add(compose(m.group()));
            }
        });
        int total = 0;
        double[] covered = new double[3];
        double[] costs = new double[3];
        int[] swaps = new int[3];
        Mode[] modes = Mode.values();
        for (String run : runs) {
            total += run.length();
            ThaiSegmenter.Segmentation[] segs = memo.get(run, segmenter);
            for (int k = 0; k < 3; k++) {
                covered[k] += segs[k].covered();
                costs[k] += segs[k].cost();
                swaps[k] += segs[k].swaps();
            }
        }
        if (total == 0) {
            return new Repaired(blocks, new Outcome(Mode.NONE, 0, 0, 0));
        }
        double before = covered[0] / total;
        int best = 0;
        for (int k = 1; k < 3; k++) {
            // fewer, longer dictionary words (or more characters in words) after swapping
            double gain = (costs[0] - costs[k]) / total;
            if (gain >= MIN_GAIN && swaps[k] >= MIN_SWAPS && costs[k] < costs[best]) {
                best = k;
            }
        }
        Mode mode = modes[best];
        Outcome outcome = new Outcome(mode, before, covered[best] / total, swaps[best]);
        if (mode == Mode.NONE) {
            return new Repaired(blocks, outcome);
        }
        Map<String, String> cache = new HashMap<>();
        List<Block> repaired = forEachString(blocks, s -> {
            Matcher m = THAI_RUN.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String fixed = cache.computeIfAbsent(m.group(), run -> {
                    ThaiSegmenter.Segmentation seg = memo.get(compose(run), segmenter)[mode.ordinal()];
                    return seg.swaps() > 0 ? seg.text() : run;
                });
                m.appendReplacement(sb, Matcher.quoteReplacement(fixed));
            }
            m.appendTail(sb);
            return sb.toString();
        });
        if (LOG.isDebugEnabled()) {
            LOG.debug("repaired {}: {}", mode, cache.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue()))
                    .limit(12).map(e -> e.getKey() + "->" + e.getValue()).toList());
        }
        return new Repaired(repaired, outcome);
    }

    /** Blocks after repair and what was done. */
    public record Repaired(List<Block> blocks, Outcome outcome) {
    }

    /**
     * NIKHAHIT (tone marks) SARA AA as SARA AM, for dictionary look-up only; the text keeps its form
     * unless a word in it is repaired (extract's normaliser does the composition for all text).
     */
    static String compose(String s) {
        return SARA_AM.apply(s);
    }

    /** Every string of the blocks, in order, without building new blocks. */
    private static void forEachText(List<Block> blocks, java.util.function.Consumer<String> f) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                p.lines().forEach(f);
            } else if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    for (Cell c : r.cells()) {
                        if (!c.isBlank()) {
                            c.paragraphs().forEach(f);
                        }
                    }
                }
            }
        }
    }

    private static List<Block> forEachString(List<Block> blocks, java.util.function.UnaryOperator<String> f) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(new Paragraph(p.lines().stream().map(f).toList()));
            } else if (b instanceof Table t) {
                List<Row> rows = new ArrayList<>();
                for (Row r : t.rows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (Cell c : r.cells()) {
                        cells.add(c.isBlank() ? c : new Cell(c.paragraphs().stream().map(f).toList(), c.columnSpan()));
                    }
                    rows.add(new Row(cells));
                }
                out.add(t.withRows(rows));
            }
        }
        return out;
    }

    /** The words of ICU's Thai break dictionary (ICU keeps the loader internal, hence reflection). */
    static Set<String> loadIcuThaiDictionary() {
        try {
            Class<?> data = Class.forName("com.ibm.icu.impl.breakiter.DictionaryData");
            Method load = data.getMethod("loadDictionaryFor", String.class);
            load.setAccessible(true);
            Object matcher = load.invoke(null, "Thai");
            Field charsField = matcher.getClass().getDeclaredField("characters");
            Field transformField = matcher.getClass().getDeclaredField("transform");
            charsField.setAccessible(true);
            transformField.setAccessible(true);
            byte[] trie = (byte[]) charsField.get(matcher);
            int offset = transformField.getInt(matcher) & 0x1FFFFF;
            Set<String> out = new HashSet<>(64_000);
            for (BytesTrie.Entry e : new BytesTrie(trie, 0)) {
                StringBuilder sb = new StringBuilder(e.bytesLength());
                for (int i = 0; i < e.bytesLength(); i++) {
                    int b = e.byteAt(i) & 0xFF;
                    sb.append(b == 0xFF ? '\u200D' : b == 0xFE ? '\u200C' : (char) (offset + b));
                }
                out.add(sb.toString());
            }
            LOG.debug("ICU Thai dictionary: {} words", out.size());
            return out;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("ICU Thai dictionary not available; Thai text-layer repair is off: {}", e.toString());
            return Set.of();
        }
    }
}
