package org.itaminer.pipeline.eval;

/** True positives, false positives and false negatives, with score.py's precision, recall and F1. */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);
    static final Counts TP = new Counts(1, 0, 0);
    static final Counts FP = new Counts(0, 1, 0);
    static final Counts FN = new Counts(0, 0, 1);
    static final Counts FP_FN = new Counts(0, 1, 1);

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Nothing counted: the field never occurred on either side. */
    public boolean isEmpty() {
        return tp == 0 && fp == 0 && fn == 0;
    }

    public double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
    }

    public double recall() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : fp == 0 ? 1.0 : 0.0;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
