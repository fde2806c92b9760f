package org.itaminer.pipeline.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts per scored field (micro over documents), in score.py's field order. */
public final class FieldScores {

    /** A scored field and how it is judged. */
    record Field(String name, FieldKind kind) {
    }

    static final List<Field> DOCUMENT = List.of(new Field("kind", FieldKind.EXACT), new Field("title", FieldKind.TEXT),
            new Field("agency.name", FieldKind.TEXT), new Field("agency.type", FieldKind.EXACT),
            new Field("agency.district", FieldKind.TEXT), new Field("agency.province", FieldKind.TEXT),
            new Field("fiscalYear", FieldKind.NUM), new Field("assessment.fiscalYear", FieldKind.NUM),
            new Field("assessment.score", FieldKind.NUM), new Field("assessment.grade", FieldKind.EXACT));
    static final List<Field> INDICATOR = List.of(new Field("name", FieldKind.TEXT), new Field("score", FieldKind.NUM));
    static final List<Field> MEASURE = List.of(new Field("title", FieldKind.TEXT), new Field("number", FieldKind.CODE),
            new Field("steps", FieldKind.STEPS), new Field("responsible", FieldKind.TEXT),
            new Field("period.text", FieldKind.TEXT), new Field("period.start", FieldKind.EXACT),
            new Field("period.end", FieldKind.EXACT), new Field("monitoring", FieldKind.TEXT),
            new Field("result", FieldKind.TEXT), new Field("outcome", FieldKind.TEXT),
            new Field("recommendation", FieldKind.TEXT), new Field("indicators", FieldKind.SET));
    static final List<Field> AGENCY = List.of(new Field("name", FieldKind.TEXT), new Field("type", FieldKind.EXACT),
            new Field("district", FieldKind.TEXT), new Field("province", FieldKind.TEXT));
    static final List<Field> ASSESSMENT = List.of(new Field("fiscalYear", FieldKind.NUM),
            new Field("score", FieldKind.NUM), new Field("grade", FieldKind.EXACT));
    static final List<Field> PERIOD = List.of(new Field("text", FieldKind.TEXT), new Field("start", FieldKind.EXACT),
            new Field("end", FieldKind.EXACT));

    /** Every scored field's name, as score.py prints them. */
    public static final List<String> ALL_FIELDS;

    static {
        List<String> all = new ArrayList<>();
        DOCUMENT.forEach(f -> all.add(f.name()));
        INDICATOR.forEach(f -> all.add("indicatorScores." + f.name()));
        MEASURE.forEach(f -> all.add("measures." + f.name()));
        ALL_FIELDS = List.copyOf(all);
    }

    private final Map<String, Counts> counts = new LinkedHashMap<>();

    public FieldScores() {
        ALL_FIELDS.forEach(f -> counts.put(f, Counts.ZERO));
    }

    void add(String field, Counts c) {
        counts.merge(field, c, Counts::plus);
    }

    public void addAll(FieldScores other) {
        other.counts.forEach(this::add);
    }

    /** The counts of one field (zero when it never occurred). */
    public Counts field(String name) {
        return counts.getOrDefault(name, Counts.ZERO);
    }

    /** All fields' counts, summed. */
    public Counts total() {
        Counts t = Counts.ZERO;
        for (Counts c : counts.values()) {
            t = t.plus(c);
        }
        return t;
    }

    public Map<String, Counts> byField() {
        return Collections.unmodifiableMap(counts);
    }
}
