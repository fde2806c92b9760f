package org.itaminer.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.itaminer.pipeline.eval.FieldScores.Field;
import org.itaminer.pipeline.eval.MeasureAlignment.Pair;

/**
 * One document's score, a port of score.py's {@code score_document}: the document fields (agency and assessment
 * as anyOf objects resolved in the prediction's favour), indicator scores matched by number, and the measures
 * aligned by title then judged field by field (an unmatched gold measure costs FN per non-null field, an
 * unmatched predicted one FP).
 *
 * @param fields the counts per field
 * @param goldMeasures measures in the gold report
 * @param predMeasures measures in the prediction
 * @param matchedMeasures pairs the alignment found
 * @param stepCountExact matched pairs whose step count equals gold's (reported, not in any F1)
 * @param stepCountTotal matched pairs whose gold has steps
 */
public record ReportScore(FieldScores fields, int goldMeasures, int predMeasures, int matchedMeasures,
                          int stepCountExact, int stepCountTotal) {

    /** The measures' counts: a matched pair is a TP, an unmatched prediction a FP, an unmatched gold a FN. */
    public Counts measures() {
        return new Counts(matchedMeasures, predMeasures - matchedMeasures, goldMeasures - matchedMeasures);
    }

    /** Scores a prediction (a schema-v1 report as JSON; null when the document gave none) against gold. */
    public static ReportScore of(JsonNode gold, JsonNode pred) {
        FieldScores t = new FieldScores();
        JsonNode p = pred != null && pred.isObject() ? pred : JsonNodeFactory.instance.objectNode();
        JsonNode agency = resolve(gold.get("agency"), p.get("agency"), FieldScores.AGENCY);
        JsonNode assessment = resolve(gold.get("assessment"), p.get("assessment"), FieldScores.ASSESSMENT);
        for (Field f : FieldScores.DOCUMENT) {
            JsonNode g;
            JsonNode pv;
            if (f.name().startsWith("agency.")) {
                g = Values.get(agency, f.name().substring(7));
                pv = Values.get(p.get("agency"), f.name().substring(7));
            } else if (f.name().startsWith("assessment.")) {
                g = Values.get(assessment, f.name().substring(11));
                pv = Values.get(p.get("assessment"), f.name().substring(11));
            } else {
                g = gold.get(f.name());
                pv = p.get(f.name());
            }
            t.add(f.name(), f.kind().judge(g, pv));
        }
        indicatorScores(gold, p, t);

        List<JsonNode> gms = list(gold.get("measures"), false);
        List<JsonNode> pms = list(p.get("measures"), true);
        List<Pair> pairs = pred != null ? MeasureAlignment.align(gms, pms) : List.of();
        int exact = 0;
        int total = 0;
        Set<Integer> matchedGold = new HashSet<>();
        Set<Integer> matchedPred = new HashSet<>();
        for (Pair pair : pairs) {
            JsonNode gm = gms.get(pair.gold());
            JsonNode pm = pms.get(pair.pred());
            matchedGold.add(pair.gold());
            matchedPred.add(pair.pred());
            for (Field f : FieldScores.MEASURE) {
                t.add("measures." + f.name(), f.kind().judge(measureField(gm, f.name(), true, pm),
                        measureField(pm, f.name(), false, null)));
            }
            List<Integer> goldCounts = new ArrayList<>();
            for (JsonNode s : Values.alternatives(Values.get(gm, "steps"))) {
                if (!Values.isNull(s)) {
                    goldCounts.add(Values.stepsList(s).size());
                }
            }
            if (!goldCounts.isEmpty()) {
                total++;
                if (goldCounts.contains(Values.stepsList(Values.get(pm, "steps")).size())) {
                    exact++;
                }
            }
        }
        for (int i = 0; i < gms.size(); i++) {
            if (!matchedGold.contains(i)) {
                for (Field f : FieldScores.MEASURE) {
                    t.add("measures." + f.name(), f.kind().judge(measureField(gms.get(i), f.name(), true, null), null));
                }
            }
        }
        for (int j = 0; j < pms.size(); j++) {
            if (!matchedPred.contains(j)) {
                for (Field f : FieldScores.MEASURE) {
                    t.add("measures." + f.name(), f.kind().judge(null, measureField(pms.get(j), f.name(), false, null)));
                }
            }
        }
        return new ReportScore(t, gms.size(), pms.size(), pairs.size(), exact, total);
    }

    private static void indicatorScores(JsonNode gold, JsonNode p, FieldScores t) {
        Map<Integer, JsonNode> g = new TreeMap<>();
        byNumber(gold.get("indicatorScores"), g);
        Map<Integer, JsonNode> pr = new TreeMap<>();
        List<JsonNode> extra = byNumber(p.get("indicatorScores"), pr);
        Set<Integer> numbers = new java.util.TreeSet<>(g.keySet());
        numbers.addAll(pr.keySet());
        for (int n : numbers) {
            for (Field f : FieldScores.INDICATOR) {
                t.add("indicatorScores." + f.name(), f.kind().judge(Values.get(g.get(n), f.name()),
                        Values.get(pr.get(n), f.name())));
            }
        }
        for (JsonNode e : extra) {
            for (Field f : FieldScores.INDICATOR) {
                t.add("indicatorScores." + f.name(), f.kind().judge(null, e.get(f.name())));
            }
        }
    }

    /** Entries by their integer number into {@code out}; the unnumbered and repeated ones are returned. */
    private static List<JsonNode> byNumber(JsonNode list, Map<Integer, JsonNode> out) {
        List<JsonNode> extra = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return extra;
        }
        for (JsonNode e : list) {
            if (!e.isObject()) {
                continue;
            }
            Double n = Values.asNumber(e.get("number"));
            Integer key = n != null && n == Math.rint(n) && !n.isInfinite() ? (int) n.doubleValue() : null;
            if (key == null || out.containsKey(key)) {
                extra.add(e);
            } else {
                out.put(key, e);
            }
        }
        return extra;
    }

    private static List<JsonNode> list(JsonNode v, boolean objectsOnly) {
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(objectsOnly && !x.isObject() ? JsonNodeFactory.instance.objectNode() : x));
        }
        return out;
    }

    private static JsonNode measureField(JsonNode m, String field, boolean goldSide, JsonNode predMeasure) {
        if (m == null || !m.isObject()) {
            return null;
        }
        if (field.startsWith("period.")) {
            JsonNode period = m.get("period");
            if (goldSide && Values.isAnyOf(period)) {
                period = resolve(period, Values.get(predMeasure, "period"), FieldScores.PERIOD);
            }
            return Values.get(period, field.substring(7));
        }
        return m.get(field);
    }

    /** The alternative of a gold object (agency, assessment, period) that suits the prediction best. */
    static JsonNode resolve(JsonNode goldNode, JsonNode predNode, List<Field> specs) {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        JsonNode best = null;
        Integer bestScore = null;
        for (JsonNode alt : Values.alternatives(goldNode)) {
            JsonNode a = alt != null && alt.isObject() ? alt : empty;
            Counts c = Counts.ZERO;
            for (Field f : specs) {
                c = c.plus(f.kind().judge(a.get(f.name()), Values.get(predNode, f.name())));
            }
            int score = c.tp() - c.fp() - c.fn();
            if (bestScore == null || score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best != null ? best : empty;
    }
}
