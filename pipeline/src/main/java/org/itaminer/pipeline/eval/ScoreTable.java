package org.itaminer.pipeline.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document scores summed per variation class (a document counts in each of its classes and always in
 * {@code all}): field F1 per field and over all fields, and the measures' P/R/F1.
 */
public final class ScoreTable {

    public static final String ALL = "all";

    private static final String[] SHORT = {"kind", "title", "ag.name", "ag.type", "ag.dist", "ag.prov", "fy",
        "as.fy", "as.score", "as.grade", "is.name", "is.score", "m.title", "m.num", "m.steps", "m.resp", "p.text",
        "p.start", "p.end", "m.monit", "m.result", "m.outc", "m.recom", "m.ind"};

    /** The sums of one class. */
    public static final class Row {
        private final FieldScores fields = new FieldScores();
        private Counts measures = Counts.ZERO;
        private int documents;

        void add(ReportScore s) {
            fields.addAll(s.fields());
            measures = measures.plus(s.measures());
            documents++;
        }

        public FieldScores fields() {
            return fields;
        }

        public Counts measures() {
            return measures;
        }

        public int documents() {
            return documents;
        }
    }

    private final Row all = new Row();
    private final Map<String, Row> classes = new TreeMap<>();

    /** Adds one document's score under {@code all} and each of its classes. */
    public void add(Collection<String> documentClasses, ReportScore score) {
        all.add(score);
        for (String c : documentClasses) {
            if (!c.equals(ALL)) {
                classes.computeIfAbsent(c, k -> new Row()).add(score);
            }
        }
    }

    /** The rows, {@code all} first, then the classes by name. */
    public Map<String, Row> rows() {
        Map<String, Row> out = new LinkedHashMap<>();
        out.put(ALL, all);
        out.putAll(classes);
        return out;
    }

    /** The class × field F1 table as aligned text ("-" where a field never occurred in a class). */
    public String toText() {
        int width = Math.max(12, rows().keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-" + width + "s %5s %7s %6s %6s %6s", "class", "docs", "fieldF1", "mP",
                "mR", "mF1"));
        for (String s : SHORT) {
            b.append(String.format(Locale.ROOT, " %8s", s));
        }
        b.append('\n');
        for (Map.Entry<String, Row> e : rows().entrySet()) {
            Row r = e.getValue();
            b.append(String.format(Locale.ROOT, "%-" + width + "s %5d %7.4f %6.3f %6.3f %6.3f", e.getKey(),
                    r.documents, r.fields.total().f1(), r.measures.precision(), r.measures.recall(), r.measures.f1()));
            for (String f : FieldScores.ALL_FIELDS) {
                Counts c = r.fields.field(f);
                b.append(c.isEmpty() ? String.format(Locale.ROOT, " %8s", "-")
                        : String.format(Locale.ROOT, " %8.3f", c.f1()));
            }
            b.append('\n');
        }
        Row a = all;
        b.append(String.format(Locale.ROOT, "overall field F1 = %.4f (measures P=%.4f R=%.4f F1=%.4f)%n",
                a.fields.total().f1(), a.measures.precision(), a.measures.recall(), a.measures.f1()));
        return b.toString();
    }

    /** The table as JSON: per class its documents, field and measures counts, and each field's counts. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode cls = root.putObject("classes");
        for (Map.Entry<String, Row> e : rows().entrySet()) {
            Row r = e.getValue();
            ObjectNode o = cls.putObject(e.getKey());
            o.put("documents", r.documents);
            o.set("field", counts(r.fields.total()));
            o.set("measures", counts(r.measures));
            ObjectNode fields = o.putObject("fields");
            r.fields.byField().forEach((k, v) -> fields.set(k, counts(v)));
        }
        return root;
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("tp", c.tp());
        o.put("fp", c.fp());
        o.put("fn", c.fn());
        o.put("precision", c.precision());
        o.put("recall", c.recall());
        o.put("f1", c.f1());
        return o;
    }

    /** The classes whose field F1 is below {@code threshold}, for a test's message. */
    public List<String> below(double threshold) {
        List<String> out = new ArrayList<>();
        rows().forEach((k, r) -> {
            if (r.fields.total().f1() < threshold) {
                out.add(k + " " + String.format(Locale.ROOT, "%.4f", r.fields.total().f1()));
            }
        });
        return out;
    }
}
