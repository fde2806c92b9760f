package org.itaminer.extract.measure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.itaminer.extract.period.DateSpan;

/**
 * A measure as a reader found it, before its texts are interpreted: what every reader hands to
 * {@link MeasureBuilder}, whatever it read (a table row and its continuations, labelled paragraphs,
 * the items of a numbered list).
 *
 * @param fields the texts of the measure's fields by role ({@link ColumnRole#MEASURE}, {@link ColumnRole#STEPS},
 *     {@link ColumnRole#RESPONSIBLE} ...): a role the document lacks is absent; one it has but left empty
 *     maps to an empty text (the schema tells the two apart)
 * @param number the printed number when the document gives it apart from the measure text (a ข้อที่ column,
 *     a list item's marker); empty to read it from the start of the measure text
 * @param listedSteps the steps when the document lists them item by item; empty to split the
 *     {@link ColumnRole#STEPS} text into its numbered items
 * @param extra the measure's other texts under their keys, in the order a report keeps them: the group
 *     heading under {@link #GROUP_KEY}, named non-field columns under their role's key, unknown columns
 *     under their header
 * @param page the page the measure starts on (1-based)
 * @param drawnPeriod the span a schedule (Gantt) draws for the measure with ticks in its month or quarter
 *     columns: its dates, while {@link ColumnRole#PERIOD} keeps only a period the document wrote; empty when
 *     the document draws none
 */
public record MeasureDraft(Map<ColumnRole, String> fields, Optional<String> number, List<String> listedSteps,
                           Map<String, String> extra, int page, Optional<DateSpan> drawnPeriod) {

    /** A dash placeholder: "-", "–", "—". */
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[-–—]+");

    /** The {@code extra} key of the group heading a measure is listed under. */
    public static final String GROUP_KEY = "group";

    public MeasureDraft {
        fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(fields));
        listedSteps = List.copyOf(listedSteps);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        Objects.requireNonNull(drawnPeriod, "drawnPeriod");
    }

    /** A draft of a measure whose period, if any, is written, not drawn. */
    public MeasureDraft(Map<ColumnRole, String> fields, Optional<String> number, List<String> listedSteps,
                        Map<String, String> extra, int page) {
        this(fields, number, listedSteps, extra, page, Optional.empty());
    }

    /**
     * A draft from labelled texts (paragraphs, list items): the texts of named non-field roles
     * (กลุ่มเป้าหมาย, งบประมาณ, หมายเหตุ ...) go into {@code extra} under their role's key, in role order.
     */
    public static MeasureDraft labelled(Optional<String> number, Map<ColumnRole, String> fields,
                                        List<String> listedSteps, int page) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (ColumnRole role : ColumnRole.values()) {
            String text = fields.get(role);
            role.extraKey().filter(k -> present(text)).ifPresent(k -> extra.put(k, text));
        }
        return new MeasureDraft(fields, number, listedSteps, extra, page);
    }

    /** The text of a field, or empty when the document lacks it. */
    public Optional<String> field(ColumnRole role) {
        return Optional.ofNullable(fields.get(role));
    }

    /**
     * Whether a text says something: not missing, not blank, not a dash placeholder ("-", "–") that
     * forms print in a cell left empty on purpose.
     */
    public static boolean present(String text) {
        return text != null && !text.isBlank() && !DASHES.matcher(text.strip()).matches();
    }
}
