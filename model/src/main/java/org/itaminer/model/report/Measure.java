package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure (มาตรการ/แนวทาง) with every column the document gives it.
 *
 * @param seq 1-based position in the document
 * @param number the printed number in Arabic digits ("11"); null when unnumbered
 * @param title the measure cell without its leading number
 * @param steps the how-to column split into its numbered items; null when the document lacks it
 * @param responsible ผู้รับผิดชอบ / หน่วยงานรับผิดชอบ
 * @param period ระยะเวลา
 * @param monitoring การติดตามผล
 * @param result ผลการดำเนินการ
 * @param outcome ผลลัพธ์หรือผลสัมฤทธิ์
 * @param recommendation ข้อเสนอแนะ
 * @param indicators ITA indicator codes the measure cites (O36, E10, IIT ...)
 * @param extra columns the vocabulary does not know, by their header text
 * @param page the page the measure starts on (1-based)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"seq", "number", "title", "steps", "responsible", "period", "monitoring", "result", "outcome",
    "recommendation", "indicators", "extra", "page"})
public record Measure(int seq, String number, String title, List<String> steps, String responsible, Period period,
                      String monitoring, String result, String outcome, String recommendation,
                      List<String> indicators, Map<String, String> extra, int page) {

    public Measure {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, was " + seq);
        }
        Objects.requireNonNull(title, "title");
        steps = steps == null ? null : List.copyOf(steps);
        Objects.requireNonNull(period, "period");
        indicators = List.copyOf(indicators);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    // The components above are the JSON form (null where the schema has null); Java callers ask these.

    /** The printed number, when the measure is numbered. */
    public Optional<String> optionalNumber() {
        return Optional.ofNullable(number);
    }

    /** The how-to items, when the document has a how-to column. */
    public Optional<List<String>> optionalSteps() {
        return Optional.ofNullable(steps);
    }

    /** ผู้รับผิดชอบ, when given. */
    public Optional<String> optionalResponsible() {
        return Optional.ofNullable(responsible);
    }

    /** การติดตามผล, when given. */
    public Optional<String> optionalMonitoring() {
        return Optional.ofNullable(monitoring);
    }

    /** ผลการดำเนินการ, when given. */
    public Optional<String> optionalResult() {
        return Optional.ofNullable(result);
    }

    /** ผลลัพธ์หรือผลสัมฤทธิ์, when given. */
    public Optional<String> optionalOutcome() {
        return Optional.ofNullable(outcome);
    }

    /** ข้อเสนอแนะ, when given. */
    public Optional<String> optionalRecommendation() {
        return Optional.ofNullable(recommendation);
    }
}
