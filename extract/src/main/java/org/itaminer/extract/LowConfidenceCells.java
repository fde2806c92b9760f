package org.itaminer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Recognition;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.report.Measure;
import org.itaminer.thai.ThaiTextNormalizer;

/**
 * Table cells read by OCR with low confidence (ช่องตารางที่อ่านได้ไม่แน่ใจ) whose text went into a measure's
 * fields: the report names each, on its page, with the measure, the field and the text, so an analyst knows
 * what to check against the scan. A doubtful cell no measure took (a header, a signature block) is left out: the
 * page's own warning covers it. At most {@link #NAMED} cells are named per document, the least confident
 * first; the rest are counted in one line.
 */
final class LowConfidenceCells {

    /** At most this many cells are named in a document's warnings. */
    static final int NAMED = 10;
    /** A cell's text shorter than this (in letters) is a number or a mark, which the digit checks cover. */
    static final int SHORTEST = 3;
    /** The cell's text as a warning quotes it, at most this many characters. */
    static final int QUOTED = 60;
    /** A cell whose text is in several measures (a unit responsible for many) names at most this many. */
    static final int MEASURES = 3;

    private LowConfidenceCells() {
    }

    /** A doubtful cell and the measures (and field) its text went into. */
    private record Doubt(int page, int block, int row, int column, double confidence, String text,
                         List<Measure> measures, String field) {
    }

    static List<Warning> warnings(LayoutDocument layout, List<Measure> measures) {
        List<Doubt> doubts = new ArrayList<>();
        for (Page page : layout.pages()) {
            if (page.words().isEmpty()) {
                continue;
            }
            for (int b = 0; b < page.blocks().size(); b++) {
                if (page.blocks().get(b) instanceof Table table) {
                    doubts.addAll(doubts(page, b, table, measures));
                }
            }
        }
        List<Doubt> named = doubts.stream().sorted(Comparator.comparingDouble(Doubt::confidence)).limit(NAMED)
                .sorted(Comparator.comparingInt(Doubt::page).thenComparingInt(Doubt::block)
                        .thenComparingInt(Doubt::row).thenComparingInt(Doubt::column))
                .toList();
        List<Warning> out = new ArrayList<>();
        named.forEach(d -> out.add(Warning.onPage(Warning.Kind.LOW_CONFIDENCE_CELL, d.page(), sentence(d))));
        if (doubts.size() > named.size()) {
            TreeSet<Integer> pages = new TreeSet<>();
            doubts.stream().filter(d -> !named.contains(d)).forEach(d -> pages.add(d.page()));
            out.add(Warning.of(Warning.Kind.LOW_CONFIDENCE_CELL, String.format(Locale.ROOT,
                    "low OCR confidence in %d more cells read into measures (page%s %s)", doubts.size() - named.size(),
                    pages.size() == 1 ? "" : "s", String.join(", ", pages.stream().map(String::valueOf).toList()))));
        }
        return out;
    }

    private static List<Doubt> doubts(Page page, int block, Table table, List<Measure> measures) {
        List<Doubt> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                OptionalDouble confidence = page.confidenceAt(block, r, c);
                if (cell.isBlank() || confidence.isEmpty() || confidence.getAsDouble() >= Recognition.LOW_CONFIDENCE) {
                    continue;
                }
                String text = ThaiTextNormalizer.normalize(cell.text());
                String bare = letters(text, false);
                if (bare.codePointCount(0, bare.length()) < SHORTEST) {
                    continue;
                }
                int at = page.number();
                int rowAt = r;
                int columnAt = c;
                // digits first ("ไตรมาสที่ 2" is not "ไตรมาสที่ 1"), then without (steps lose their item numbers)
                into(letters(text, true), at, row, measures, true)
                        .or(() -> into(bare, at, row, measures, false))
                        .ifPresent(found -> out.add(new Doubt(at, block, rowAt, columnAt, confidence.getAsDouble(), text,
                                found.measures(), found.field())));
            }
        }
        return out;
    }

    private record Into(List<Measure> measures, String field) {
    }

    /**
     * The measures whose fields hold the cell's letters, among those begun on the cell's page or the last page
     * before it that has any (a measure begun later cannot hold it), with the field of the first. When the
     * text is in several (a unit responsible for many measures), the one whose title is in the cell's row is it.
     */
    private static Optional<Into> into(String key, int page, Row row, List<Measure> measures, boolean digits) {
        List<Measure> holding = new ArrayList<>();
        String field = "";
        for (Measure m : measures) {
            if (m.page() > page) {
                continue;
            }
            Optional<String> f = fieldHolding(m, key, digits);
            if (f.isPresent()) {
                if (!holding.isEmpty() && m.page() > holding.get(0).page()) {
                    holding.clear();
                }
                if (holding.isEmpty()) {
                    field = f.get();
                }
                holding.add(m);
            }
        }
        if (holding.size() > 1) {
            List<Measure> inRow = holding.stream().filter(m -> titleIn(m, row, digits)).toList();
            if (inRow.size() == 1) {
                return Optional.of(new Into(inRow, fieldHolding(inRow.get(0), key, digits).orElse(field)));
            }
        }
        return holding.isEmpty() ? Optional.empty() : Optional.of(new Into(holding, field));
    }

    private static boolean titleIn(Measure m, Row row, boolean digits) {
        String title = letters(m.title(), digits);
        return !title.isEmpty() && row.cells().stream()
                .anyMatch(c -> letters(ThaiTextNormalizer.normalize(c.text()), digits).contains(title));
    }

    /** The first field (by its report name) whose letters hold {@code key}, or are most of it. */
    private static Optional<String> fieldHolding(Measure m, String key, boolean digits) {
        for (Map.Entry<String, String> f : fields(m).entrySet()) {
            String value = letters(f.getValue(), digits);
            if (!value.isEmpty() && (value.contains(key) || key.contains(value) && 2 * value.length() >= key.length())) {
                return Optional.of(f.getKey());
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> fields(Measure m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", m.title());
        m.optionalSteps().ifPresent(steps -> f.put("steps", String.join(" ", steps)));
        m.optionalResponsible().ifPresent(v -> f.put("responsible", v));
        if (m.period().text() != null) {
            f.put("period", m.period().text());
        }
        m.optionalMonitoring().ifPresent(v -> f.put("monitoring", v));
        m.optionalResult().ifPresent(v -> f.put("result", v));
        m.optionalOutcome().ifPresent(v -> f.put("outcome", v));
        m.optionalRecommendation().ifPresent(v -> f.put("recommendation", v));
        m.extra().forEach((name, value) -> f.putIfAbsent(name, value == null ? "" : value));
        return f;
    }

    /**
     * The text's letters and marks (and digits, when asked) only: punctuation, spaces and list numbers differ
     * between a cell and the field made of it (steps split at their numbers, a title without its number).
     */
    static String letters(String text, boolean digits) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                        || digits && Character.isDigit(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String sentence(Doubt d) {
        String quoted = d.text().codePointCount(0, d.text().length()) <= QUOTED ? d.text()
                : d.text().substring(0, d.text().offsetByCodePoints(0, QUOTED)) + "…";
        List<String> names = d.measures().stream().map(LowConfidenceCells::name).toList();
        String which = names.size() == 1 ? "measure " + names.get(0)
                : "measures " + String.join(", ", names.subList(0, Math.min(MEASURES, names.size())))
                        + (names.size() > MEASURES ? " and " + (names.size() - MEASURES) + " more" : "");
        return String.format(Locale.ROOT, "page %d: low OCR confidence in a cell (mean %.0f) read into %s, %s: \"%s\"",
                d.page(), d.confidence(), which, d.field(), quoted);
    }

    /** A measure as an analyst finds it: its printed number, or its position when it has none. */
    private static String name(Measure m) {
        return m.optionalNumber().orElse("#" + m.seq());
    }
}
