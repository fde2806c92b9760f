package org.itaminer.extract.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.itaminer.extract.period.PeriodParser;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.itaminer.extract.table.ColumnRole;
import org.itaminer.extract.table.MeasureRow;
import org.itaminer.extract.table.StatusMarks;

/**
 * Interprets a measure's texts by role as a {@link Measure}: number and title from the measure cell,
 * steps split into items, the period resolved against the document's fiscal year, cited codes found.
 */
public final class MeasureBuilder {

    private MeasureBuilder() {
    }

    /** The {@code extra} key of the group heading a measure is listed under. */
    public static final String GROUP_KEY = "group";

    /**
     * A measure read from a table row (and its continuations). Named non-field columns (กลุ่มเป้าหมาย,
     * สถิติ, งบประมาณ, ตัวชี้วัด, วัตถุประสงค์, หมายเหตุ) go into {@code extra} under their role's fixed key,
     * unknown columns under their header text, and the group heading under {@value #GROUP_KEY}.
     */
    public static Measure build(MeasureRow row, int seq, Integer documentFiscalYear) {
        Map<String, String> extra = new LinkedHashMap<>();
        if (row.group() != null) {
            extra.put(GROUP_KEY, row.group());
        }
        List<String> statuses = new java.util.ArrayList<>();
        for (int c = 0; c < row.layout().size(); c++) {
            ColumnRole role = row.layout().roles().get(c);
            String text = MeasureBuilder.emptyToNull(row.text(c));
            if (text == null) {
                continue;
            }
            if (role == ColumnRole.STATUS) {
                // option columns and box lists give the ticked option's words, gathered under one key
                StatusMarks.read(row.layout().headers().get(c), row.text(c)).ifPresent(statuses::add);
            } else if (role.extraKey().isPresent()) {
                extra.put(role.extraKey().get(), text);
            } else if (role == ColumnRole.EXTRA) {
                String header = row.layout().headers().get(c);
                extra.put(header.isBlank() ? "column " + (c + 1) : header, text);
            }
        }
        if (!statuses.isEmpty()) {
            extra.put(ColumnRole.STATUS.extraKey().orElseThrow(), String.join("; ", statuses));
        }
        return build(row::text, digitsOnly(row.text(ColumnRole.NUMBER)), extra, row.page(), seq, documentFiscalYear);
    }

    /**
     * A measure read from numbered paragraphs; labelled lines of named non-field roles go into {@code extra}.
     * Steps listed item by item are taken as they are; a labelled how-to text is split into its items.
     */
    public static Measure build(ParagraphMeasureReader.Draft draft, int seq, Integer documentFiscalYear) {
        Map<String, String> extra = new LinkedHashMap<>();
        draft.fields().forEach((role, text) -> role.extraKey()
                .filter(k -> emptyToNull(text) != null).ifPresent(k -> extra.put(k, text)));
        List<String> listed = draft.steps().isEmpty() ? null : draft.steps();
        return build(draft.fields()::get, listed, draft.number(), extra, draft.page(), seq, documentFiscalYear);
    }

    private static Measure build(Function<ColumnRole, String> text, String explicitNumber, Map<String, String> extra,
                                 int page, int seq, Integer documentFiscalYear) {
        return build(text, null, explicitNumber, extra, page, seq, documentFiscalYear);
    }

    private static Measure build(Function<ColumnRole, String> text, List<String> listedSteps, String explicitNumber,
                                 Map<String, String> extra, int page, int seq, Integer documentFiscalYear) {
        String measureText = text.apply(ColumnRole.MEASURE);
        MeasureNumber parsed = MeasureNumber.parse(measureText == null ? "" : measureText);
        String number = explicitNumber != null ? explicitNumber : parsed.number();
        String stepsText = listedSteps != null ? String.join(" ", listedSteps) : text.apply(ColumnRole.STEPS);
        List<String> steps = listedSteps != null ? listedSteps
                : stepsText == null ? null : StepSplitter.split(stepsText);
        String periodText = text.apply(ColumnRole.PERIOD);
        Period period = periodText == null ? Period.NONE
                : PeriodParser.parse(emptyToNull(periodText), documentFiscalYear);
        String responsible = emptyToNull(text.apply(ColumnRole.RESPONSIBLE));
        String monitoring = emptyToNull(text.apply(ColumnRole.MONITORING));
        String result = emptyToNull(text.apply(ColumnRole.RESULT));
        String outcome = emptyToNull(text.apply(ColumnRole.OUTCOME));
        String recommendation = emptyToNull(text.apply(ColumnRole.RECOMMENDATION));
        List<String> cited = new java.util.ArrayList<>(List.of(parsed.title(), nonNull(stepsText), nonNull(monitoring),
                nonNull(result), nonNull(outcome), nonNull(recommendation)));
        extra.forEach((key, value) -> {
            if (!key.equals(GROUP_KEY)) {
                cited.add(value); // a ตัวชี้วัด or หมายเหตุ column may cite "O36" too; the heading is not the measure's
            }
        });
        List<String> indicators = IndicatorCodes.find(cited.toArray(String[]::new));
        return new Measure(seq, number, parsed.title(), steps, responsible, period, monitoring, result, outcome,
                recommendation, indicators, extra, page);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String digitsOnly(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("^\\(|[.)]$", "").strip();
        return t.matches("\\d{1,3}(\\.\\d{1,2})*") ? t : null;
    }

    /** Null for a missing or empty cell, and for a cell holding only a dash placeholder ("-", "–"). */
    static String emptyToNull(String s) {
        return s == null || s.isBlank() || s.strip().matches("[-–—]+") ? null : s;
    }
}
