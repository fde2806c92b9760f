package org.itaminer.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.itaminer.extract.period.PeriodParser;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;

/**
 * Interprets a {@link MeasureDraft} as a {@link Measure}: number and title from the measure text, steps
 * split into items, the period resolved against the document's fiscal year, cited codes found.
 */
public final class MeasureBuilder {

    private MeasureBuilder() {
    }

    /**
     * @param draft what a reader found
     * @param seq the measure's 1-based place in the document
     * @param documentFiscalYear the document's fiscal year (B.E.), for periods that name none
     */
    public static Measure build(MeasureDraft draft, int seq, OptionalInt documentFiscalYear) {
        String measureText = draft.fields().get(ColumnRole.MEASURE);
        MeasureNumber parsed = MeasureNumber.parse(measureText == null ? "" : measureText);
        String number = draft.number().or(parsed::number).orElse(null); // null: the schema's unnumbered
        List<String> listed = draft.listedSteps().isEmpty() ? null : draft.listedSteps();
        String stepsText = listed != null ? String.join(" ", listed) : draft.fields().get(ColumnRole.STEPS);
        List<String> steps = listed != null ? listed : stepsText == null ? null : StepSplitter.split(stepsText);
        String periodText = draft.fields().get(ColumnRole.PERIOD);
        // a drawn period's dates are the ticks'; its text only what the document wrote
        Period period = draft.drawnPeriod()
                .map(span -> new Period(valueOrNull(periodText), span.start(), span.end()))
                .orElseGet(() -> periodText == null ? Period.NONE
                        : PeriodParser.parse(valueOrNull(periodText), documentFiscalYear));
        String responsible = value(draft, ColumnRole.RESPONSIBLE);
        String monitoring = value(draft, ColumnRole.MONITORING);
        String result = value(draft, ColumnRole.RESULT);
        String outcome = value(draft, ColumnRole.OUTCOME);
        String recommendation = value(draft, ColumnRole.RECOMMENDATION);
        List<String> cited = new ArrayList<>(List.of(parsed.title(), nonNull(stepsText), nonNull(monitoring),
                nonNull(result), nonNull(outcome), nonNull(recommendation)));
        draft.extra().forEach((key, value) -> {
            if (!key.equals(MeasureDraft.GROUP_KEY)) {
                cited.add(value); // a ตัวชี้วัด or หมายเหตุ column may cite "O36" too; the heading is not the measure's
            }
        });
        List<String> indicators = IndicatorCodes.find(cited.toArray(String[]::new));
        return new Measure(seq, number, parsed.title(), steps, responsible, period, monitoring, result, outcome,
                recommendation, indicators, draft.extra(), draft.page());
    }

    /** The field's text when it says something, else null (the schema's value for a column left empty). */
    private static String value(MeasureDraft draft, ColumnRole role) {
        return valueOrNull(draft.fields().get(role));
    }

    private static String valueOrNull(String text) {
        return MeasureDraft.present(text) ? text : null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
