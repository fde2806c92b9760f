package org.itaminer.extract.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.itaminer.extract.period.PeriodParser;
import org.itaminer.extract.report.Measure;
import org.itaminer.extract.report.Period;
import org.itaminer.extract.table.ColumnRole;
import org.itaminer.extract.table.MeasureRow;

/**
 * Interprets a measure's texts by role as a {@link Measure}: number and title from the measure cell,
 * steps split into items, the period resolved against the document's fiscal year, cited codes found.
 */
public final class MeasureBuilder {

    private MeasureBuilder() {
    }

    /** A measure read from a table row (and its continuations). */
    public static Measure build(MeasureRow row, int seq, Integer documentFiscalYear) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int c = 0; c < row.layout().size(); c++) {
            if (row.layout().roles().get(c) == ColumnRole.EXTRA && !row.text(c).isBlank()) {
                String header = row.layout().headers().get(c);
                extra.put(header.isBlank() ? "column " + (c + 1) : header, row.text(c));
            }
        }
        return build(row::text, digitsOnly(row.text(ColumnRole.NUMBER)), extra, row.page(), seq, documentFiscalYear);
    }

    /** A measure read from numbered paragraphs. */
    public static Measure build(ParagraphMeasureReader.Draft draft, int seq, Integer documentFiscalYear) {
        return build(draft.fields()::get, draft.number(), Map.of(), draft.page(), seq, documentFiscalYear);
    }

    private static Measure build(Function<ColumnRole, String> text, String explicitNumber, Map<String, String> extra,
                                 int page, int seq, Integer documentFiscalYear) {
        String measureText = text.apply(ColumnRole.MEASURE);
        MeasureNumber parsed = MeasureNumber.parse(measureText == null ? "" : measureText);
        String number = explicitNumber != null ? explicitNumber : parsed.number();
        String stepsText = text.apply(ColumnRole.STEPS);
        List<String> steps = stepsText == null ? null : StepSplitter.split(stepsText);
        String periodText = text.apply(ColumnRole.PERIOD);
        Period period = periodText == null ? Period.NONE
                : PeriodParser.parse(emptyToNull(periodText), documentFiscalYear);
        String responsible = emptyToNull(text.apply(ColumnRole.RESPONSIBLE));
        String monitoring = emptyToNull(text.apply(ColumnRole.MONITORING));
        String result = emptyToNull(text.apply(ColumnRole.RESULT));
        String outcome = emptyToNull(text.apply(ColumnRole.OUTCOME));
        String recommendation = emptyToNull(text.apply(ColumnRole.RECOMMENDATION));
        List<String> indicators = IndicatorCodes.find(parsed.title(), stepsText, monitoring, result, outcome,
                recommendation);
        return new Measure(seq, number, parsed.title(), steps, responsible, period, monitoring, result, outcome,
                recommendation, indicators, extra, page);
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
