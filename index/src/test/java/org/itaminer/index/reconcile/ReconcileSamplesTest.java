package org.itaminer.index.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.itaminer.index.SampleReports;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The pairing against pairs written by hand for the bundled samples ({@code expected-pairs.tsv}: อบต.ห้วยยาง's plan
 * and report of 2568, its plans of 2567 and 2568), and against generated variants of every sample plan (reordered,
 * renumbered, reworded, one measure dropped, one of another agency added) whose true pairs are known by construction.
 * Precision and recall are printed; both must be at least 0.9.
 */
class ReconcileSamplesTest {

    /** A pair (or a measure without one, the other side "-") as the TSV writes it. */
    record Expected(String leftDoc, String leftSeq, String rightDoc, String rightSeq) {
    }

    private static List<Expected> expected() throws IOException {
        List<Expected> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReconcileSamplesTest.class.getResourceAsStream("expected-pairs.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(new Expected(c[0], c[1], c[2], c[3]));
            }
        }
        return out;
    }

    /** Counts of true, false and missed pairs. */
    static final class Score {
        int truePairs;
        int falsePairs;
        int missed;

        double precision() {
            return truePairs + falsePairs == 0 ? 1 : (double) truePairs / (truePairs + falsePairs);
        }

        double recall() {
            return truePairs + missed == 0 ? 1 : (double) truePairs / (truePairs + missed);
        }

        void add(Set<String> expected, Set<String> found) {
            for (String p : found) {
                if (expected.contains(p)) {
                    truePairs++;
                } else {
                    falsePairs++;
                }
            }
            missed += (int) expected.stream().filter(p -> !found.contains(p)).count();
        }
    }

    @Test
    void samplesPairAsReadByHand() throws IOException {
        List<Report> all = SampleReports.all();
        Map<String, Report> byStem = new LinkedHashMap<>();
        for (String stem : SampleReports.stems()) {
            byStem.put(stem, SampleReports.one(stem));
        }
        MeasurePairing pairing = new MeasurePairing(MeasureSimilarity.over(all));
        Map<String, Set<String>> expectedByCouple = new LinkedHashMap<>();
        List<Expected> rows = expected();
        for (Expected e : rows) {
            String couple = couple(e, rows);
            Set<String> set = expectedByCouple.computeIfAbsent(couple, k -> new HashSet<>());
            if (!e.leftSeq().equals("-") && !e.rightSeq().equals("-")) {
                set.add(e.leftSeq() + ">" + e.rightSeq());
            }
        }
        Score score = new Score();
        for (Map.Entry<String, Set<String>> couple : expectedByCouple.entrySet()) {
            String[] docs = couple.getKey().split(" ");
            Pairing found = pairing.pair(byStem.get(docs[0]).measures(), byStem.get(docs[1]).measures());
            Set<String> got = new HashSet<>();
            for (MeasurePair p : found.pairs()) {
                got.add(p.left().seq() + ">" + p.right().seq());
                System.out.printf(Locale.ROOT, "%s %d > %s %d  %.3f  %s | %s%n", docs[0], p.left().seq(), docs[1],
                        p.right().seq(), p.score(), p.left().title(), p.right().title());
            }
            for (Measure m : found.leftOnly()) {
                double best = byStem.get(docs[1]).measures().stream()
                        .mapToDouble(o -> pairing.similarity().score(m, o)).max().orElse(0);
                System.out.printf(Locale.ROOT, "%s %d unpaired, best %.3f  %s%n", docs[0], m.seq(), best, m.title());
            }
            score.add(couple.getValue(), got);
        }
        System.out.printf(Locale.ROOT, "samples: precision %.3f recall %.3f (%d true, %d false, %d missed)%n",
                score.precision(), score.recall(), score.truePairs, score.falsePairs, score.missed);
        assertTrue(score.precision() >= 0.9, "precision " + score.precision());
        assertTrue(score.recall() >= 0.9, "recall " + score.recall());
    }

    @Test
    void theReconcilerFindsHuaiyangsPlanAndReportOnly() {
        List<Report> all = SampleReports.all();
        List<Reconciliation> found = Reconciler.over(all).reconcile(all);
        assertEquals(1, found.size(), "the samples hold one agency-year with a plan and a report");
        Reconciliation r = found.get(0);
        assertEquals(2568, r.fiscalYear());
        assertEquals(List.of(4), r.unreported().stream().map(Measure::seq).toList());
        assertEquals(List.of(4), r.unplanned().stream().map(Measure::seq).toList());
        assertEquals(0.75, r.shareReported(), 1e-9);
    }

    @Test
    void aReportOfAnotherAgencyNeverPairsWithThePlan() {
        List<Report> all = new ArrayList<>();
        for (Report r : SampleReports.all()) {
            boolean huaiyangReport = r.kind() == DocumentKind.REPORT && r.agency().name().endsWith("ห้วยยาง");
            // the same report, said to be of อบต.ห้วยยาง in another province: another agency
            all.add(huaiyangReport ? new Report(r.schemaVersion(), r.id(), r.source(), r.title(), r.kind(),
                    new org.itaminer.model.report.Agency(r.agency().name(), r.agency().type(), null, "ศรีสะเกษ"),
                    r.fiscalYear(), r.assessment(), r.indicatorScores(), r.measures(), r.warnings()) : r);
        }
        assertEquals(List.of(), Reconciler.over(all).reconcile(all));
    }

    /** Words an analyst's report swaps for the plan's (the genre's synonyms), and prefixes a report drops. */
    private static final String[][] REWORDINGS = {{"มาตรการ", ""}, {"ส่งเสริม", "สนับสนุน"}, {"เผยแพร่", "ประกาศ"},
        {"จัดทำ", "ทำ"}, {"ประชาสัมพันธ์", "แจ้ง"}, {"การ", ""}};

    @Test
    void generatedVariantsOfEveryPlanPairBack() {
        List<Report> all = SampleReports.all();
        List<Report> plans = all.stream().filter(r -> r.kind() == DocumentKind.PLAN && r.measures().size() >= 3)
                .toList();
        Random random = new Random(14);
        Score score = new Score();
        List<Report> corpus = new ArrayList<>(all);
        for (Report plan : plans) {
            List<Measure> variant = new ArrayList<>();
            Set<String> expected = new HashSet<>();
            List<Measure> kept = new ArrayList<>(plan.measures());
            Measure dropped = kept.remove(random.nextInt(kept.size()));
            Collections.shuffle(kept, random);
            for (Measure m : kept) {
                Measure v = reworded(m, variant.size() + 1, random);
                variant.add(v);
                expected.add(m.seq() + ">" + v.seq());
            }
            // a measure of another agency: no plan of this one announced it
            Report other = all.stream().filter(r -> !r.agency().name().equals(plan.agency().name())
                    && !r.measures().isEmpty()).skip(random.nextInt(3)).findFirst().orElseThrow();
            Measure foreign = other.measures().get(random.nextInt(other.measures().size()));
            variant.add(renumbered(foreign, variant.size() + 1, foreign.title(), foreign.steps()));
            Pairing found = new MeasurePairing(MeasureSimilarity.over(corpus)).pair(plan.measures(), variant);
            Set<String> got = new HashSet<>();
            found.pairs().forEach(p -> got.add(p.left().seq() + ">" + p.right().seq()));
            score.add(expected, got);
            System.out.printf(Locale.ROOT, "%s: %d measures, dropped %d, found %d pairs%n",
                    plan.source().fileName(), plan.measures().size(), dropped.seq(), got.size());
        }
        System.out.printf(Locale.ROOT, "variants: precision %.3f recall %.3f (%d true, %d false, %d missed)%n",
                score.precision(), score.recall(), score.truePairs, score.falsePairs, score.missed);
        assertTrue(score.truePairs >= 20, "enough pairs to judge: " + score.truePairs);
        assertTrue(score.precision() >= 0.9, "precision " + score.precision());
        assertTrue(score.recall() >= 0.9, "recall " + score.recall());
    }

    private static Measure reworded(Measure m, int seq, Random random) {
        String title = m.title();
        for (String[] w : REWORDINGS) {
            if (random.nextBoolean()) {
                title = title.replace(w[0], w[1]);
            }
        }
        List<String> steps = m.steps() == null ? null : new ArrayList<>(m.steps());
        if (steps != null && steps.size() > 1) {
            steps.remove(steps.size() - 1);
            Collections.reverse(steps);
        }
        return renumbered(m, seq, title.strip().isEmpty() ? m.title() : title.strip(), steps);
    }

    private static Measure renumbered(Measure m, int seq, String title, List<String> steps) {
        return new Measure(seq, String.valueOf(seq), title, steps, m.responsible(), m.period(), m.monitoring(),
                m.result(), m.outcome(), m.recommendation(), m.indicators(), m.extra(), m.page());
    }

    private static String couple(Expected e, List<Expected> rows) {
        if (!e.leftDoc().equals("-")) {
            return e.leftDoc() + " " + e.rightDoc();
        }
        // a right-only row: its couple is the left document paired with this right document above it
        return rows.stream().filter(o -> o.rightDoc().equals(e.rightDoc()) && !o.leftDoc().equals("-"))
                .map(o -> o.leftDoc() + " " + o.rightDoc()).reduce((a, b) -> b).orElseThrow();
    }
}
