package org.itaminer.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pairs gold and predicted measures in order, maximizing the summed title similarity (score.py's DP): a pair needs
 * title similarity ≥ 0.6, or steps similarity ≥ 0.6 when both titles are short (under 6 characters) or empty.
 */
final class MeasureAlignment {

    static final double ALIGN_THRESHOLD = 0.60;
    private static final int SHORT_TITLE = 6;

    /** A gold measure's index and the predicted one's. */
    record Pair(int gold, int pred) {
    }

    private MeasureAlignment() {
    }

    /** The weight of pairing gm with pm, or null when they may not be paired. */
    static Double weight(JsonNode gm, JsonNode pm) {
        List<String> gts = new ArrayList<>();
        for (JsonNode t : Values.alternatives(Values.get(gm, "title"))) {
            if (!Values.isNull(t)) {
                gts.add(TextCompare.norm(Values.asText(t)));
            }
        }
        String pt = TextCompare.norm(Values.asText(Values.get(pm, "title")));
        boolean goldShort = gts.stream().allMatch(t -> t.length() < SHORT_TITLE);
        double w = 0;
        if (goldShort && pt.length() < SHORT_TITLE) {
            String ps = Values.stepsJoined(Values.get(pm, "steps"));
            List<String> gss = new ArrayList<>();
            for (JsonNode s : Values.alternatives(Values.get(gm, "steps"))) {
                if (!Values.isNull(s)) {
                    gss.add(Values.stepsJoined(s));
                }
            }
            if (gss.isEmpty() || ps.isEmpty()) {
                return null;
            }
            for (String s : gss) {
                w = Math.max(w, TextCompare.similarity(s, ps, ALIGN_THRESHOLD));
            }
        } else {
            if (gts.isEmpty() || pt.isEmpty()) {
                return null;
            }
            for (String t : gts) {
                w = Math.max(w, TextCompare.similarity(t, pt, ALIGN_THRESHOLD));
            }
        }
        return w >= ALIGN_THRESHOLD - 1e-12 ? w : null;
    }

    static List<Pair> align(List<JsonNode> gold, List<JsonNode> pred) {
        int n = gold.size();
        int m = pred.size();
        Double[][] w = new Double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                w[i][j] = weight(gold.get(i), pred.get(j));
            }
        }
        double[][] dp = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double best = Math.max(dp[i - 1][j], dp[i][j - 1]);
                Double x = w[i - 1][j - 1];
                if (x != null && dp[i - 1][j - 1] + x > best) {
                    best = dp[i - 1][j - 1] + x;
                }
                dp[i][j] = best;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            Double x = w[i - 1][j - 1];
            if (x != null && Math.abs(dp[i][j] - (dp[i - 1][j - 1] + x)) < 1e-9) {
                pairs.add(new Pair(i - 1, j - 1));
                i--;
                j--;
            } else if (dp[i][j] == dp[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        Collections.reverse(pairs);
        return pairs;
    }
}
