package org.itaminer.index.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.itaminer.index.theme.Theme;
import org.itaminer.model.report.Measure;

/**
 * Pairs the measures of two documents one to one. Every measure of one is scored against every measure of the other
 * ({@link MeasureSimilarity}); the pairing is the assignment with the largest total score (the Hungarian method), so
 * a measure is not taken by a slightly closer neighbour when that would leave its own counterpart unpaired, as a
 * greedy pass may; pairs scoring under the threshold are then dropped: those measures have no account in the other
 * document. Order and printed numbers play no part.
 */
public final class MeasurePairing {

    /**
     * The default lowest score of a pair: measured on the samples and on reworded variants
     * ({@code ReconcileSamplesTest}), true pairs score 0.35 and more, unrelated measures of the same agency up to 0.2.
     */
    public static final double DEFAULT_THRESHOLD = 0.25;

    private final MeasureSimilarity similarity;
    private final double threshold;

    public MeasurePairing(MeasureSimilarity similarity, double threshold) {
        this.similarity = Objects.requireNonNull(similarity, "similarity");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    public MeasurePairing(MeasureSimilarity similarity) {
        this(similarity, DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    /** The similarity the pairing scores with. */
    public MeasureSimilarity similarity() {
        return similarity;
    }

    /** Pairs {@code left}'s measures with {@code right}'s. */
    public Pairing pair(List<Measure> left, List<Measure> right) {
        List<MeasureSimilarity.Profile> a = left.stream().map(similarity::profile).toList();
        List<MeasureSimilarity.Profile> b = right.stream().map(similarity::profile).toList();
        double[][] score = new double[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                score[i][j] = MeasureSimilarity.score(a.get(i), b.get(j));
            }
        }
        double[][] kept = new double[a.size()][];
        for (int i = 0; i < a.size(); i++) {
            kept[i] = Arrays.stream(score[i]).map(s -> s >= threshold ? s : 0).toArray();
        }
        int[] match = Assignment.maximise(kept); // a pair under the threshold must not steer the others
        List<MeasurePair> pairs = new ArrayList<>();
        boolean[] rightTaken = new boolean[b.size()];
        List<Measure> leftOnly = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            int j = match[i];
            if (j >= 0 && score[i][j] >= threshold) {
                rightTaken[j] = true;
                EnumSet<Theme> shared = EnumSet.noneOf(Theme.class);
                shared.addAll(a.get(i).themes());
                shared.retainAll(b.get(j).themes());
                pairs.add(new MeasurePair(left.get(i), right.get(j), round(score[i][j]), shared));
            } else {
                leftOnly.add(left.get(i));
            }
        }
        List<Measure> rightOnly = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (!rightTaken[j]) {
                rightOnly.add(right.get(j));
            }
        }
        return new Pairing(pairs, leftOnly, rightOnly);
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    /** The assignment problem, rectangular, by the Hungarian method (Kuhn–Munkres, O(n³) with potentials). */
    static final class Assignment {

        private Assignment() {
        }

        /** For each row, the column assigned to it so that the total is largest, or -1 (more rows than columns). */
        static int[] maximise(double[][] score) {
            int rows = score.length;
            int cols = rows == 0 ? 0 : score[0].length;
            int n = Math.max(rows, cols);
            int[] out = new int[rows];
            Arrays.fill(out, -1);
            if (rows == 0 || cols == 0) {
                return out;
            }
            // minimise cost = 1 - score on a square matrix padded with cost 1 (score 0)
            double[][] cost = new double[n + 1][n + 1];
            for (int i = 1; i <= n; i++) {
                for (int j = 1; j <= n; j++) {
                    cost[i][j] = i <= rows && j <= cols ? 1 - score[i - 1][j - 1] : 1;
                }
            }
            double[] u = new double[n + 1];
            double[] v = new double[n + 1];
            int[] p = new int[n + 1];
            int[] way = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                p[0] = i;
                int j0 = 0;
                double[] minv = new double[n + 1];
                Arrays.fill(minv, Double.POSITIVE_INFINITY);
                boolean[] used = new boolean[n + 1];
                do {
                    used[j0] = true;
                    int i0 = p[j0];
                    int j1 = 0;
                    double delta = Double.POSITIVE_INFINITY;
                    for (int j = 1; j <= n; j++) {
                        if (!used[j]) {
                            double cur = cost[i0][j] - u[i0] - v[j];
                            if (cur < minv[j]) {
                                minv[j] = cur;
                                way[j] = j0;
                            }
                            if (minv[j] < delta) {
                                delta = minv[j];
                                j1 = j;
                            }
                        }
                    }
                    for (int j = 0; j <= n; j++) {
                        if (used[j]) {
                            u[p[j]] += delta;
                            v[j] -= delta;
                        } else {
                            minv[j] -= delta;
                        }
                    }
                    j0 = j1;
                } while (p[j0] != 0);
                do {
                    int j1 = way[j0];
                    p[j0] = p[j1];
                    j0 = j1;
                } while (j0 != 0);
            }
            for (int j = 1; j <= n; j++) {
                if (p[j] >= 1 && p[j] <= rows && j <= cols) {
                    out[p[j] - 1] = j - 1;
                }
            }
            return out;
        }
    }
}
