package org.itaminer.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** How a field's predicted value is judged against a gold value (score.py's kinds). */
public enum FieldKind {
    /** Text similarity ≥ 0.90 after normalization. */
    TEXT,
    /** The joined text of the step list, as {@link #TEXT}. */
    STEPS,
    /** |gold − pred| ≤ 0.005. */
    NUM,
    /** Equal after text normalization (measure numbers). */
    CODE,
    /** Equal as sets of normalized codes (indicators). */
    SET,
    /** Equal after NFC and trimming (enums, ISO dates). */
    EXACT;

    private static final double NUM_TOLERANCE = 0.005;

    /** Whether pred value {@code p} is right for the single, non-null gold value {@code g}. */
    boolean matches(JsonNode g, JsonNode p) {
        return switch (this) {
            case TEXT -> TextCompare.textMatch(TextCompare.norm(Values.asText(g)), TextCompare.norm(Values.asText(p)));
            case STEPS -> TextCompare.textMatch(Values.stepsJoined(g), Values.stepsJoined(p));
            case NUM -> {
                Double a = Values.asNumber(g);
                Double b = Values.asNumber(p);
                yield a != null && b != null && Math.abs(a - b) <= NUM_TOLERANCE + 1e-9;
            }
            case CODE -> TextCompare.norm(Values.asText(g)).equals(TextCompare.norm(Values.asText(p)));
            case SET -> Values.codeSet(g).equals(Values.codeSet(p));
            case EXACT -> Values.exact(g).equals(Values.exact(p));
        };
    }

    /** TP, FP, FN of one field: gold may be an anyOf (null allowed among its alternatives). */
    Counts judge(JsonNode gold, JsonNode pred) {
        List<JsonNode> alts = Values.alternatives(gold);
        List<JsonNode> nonNull = new ArrayList<>();
        for (JsonNode a : alts) {
            if (!Values.isNull(a)) {
                nonNull.add(a);
            }
        }
        boolean goldMayBeNull = nonNull.size() < alts.size();
        if (Values.isNull(pred)) {
            return goldMayBeNull ? Counts.ZERO : Counts.FN;
        }
        if (nonNull.isEmpty()) {
            return Counts.FP;
        }
        for (JsonNode a : nonNull) {
            if (matches(a, pred)) {
                return Counts.TP;
            }
        }
        return goldMayBeNull ? Counts.FP : Counts.FP_FN;
    }
}
