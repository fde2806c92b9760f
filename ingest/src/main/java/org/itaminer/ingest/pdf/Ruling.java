package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A horizontal or vertical line segment in reading space. Built straight: a segment within a couple
 * of degrees of an axis is snapped onto it; anything else is not a ruling.
 *
 * @param horizontal whether the line runs along x
 * @param position y of a horizontal line, x of a vertical one
 * @param start smaller coordinate along the line
 * @param end larger coordinate along the line
 */
record Ruling(boolean horizontal, double position, double start, double end) {

    /** Lines within this many degrees of an axis are straightened. */
    private static final double MAX_SKEW_DEGREES = 2.0;

    double length() {
        return end - start;
    }

    /** A ruling from two points, or null when the segment is diagonal or too short. */
    static Ruling of(double x1, double y1, double x2, double y2, double minLength) {
        double dx = Math.abs(x2 - x1);
        double dy = Math.abs(y2 - y1);
        double len = Math.hypot(dx, dy);
        if (len < minLength) {
            return null;
        }
        double angle = Math.toDegrees(Math.atan2(dy, dx));
        if (angle <= MAX_SKEW_DEGREES) {
            return new Ruling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2));
        }
        if (angle >= 90 - MAX_SKEW_DEGREES) {
            return new Ruling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
        }
        return null;
    }

    /**
     * Merges collinear rulings that overlap or nearly touch (cells drawn border by border give many
     * short pieces of one line).
     */
    static List<Ruling> merge(List<Ruling> rulings, double positionTolerance, double gapTolerance) {
        List<Ruling> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<Ruling> same = rulings.stream().filter(r -> r.horizontal == horizontal)
                    .sorted(Comparator.comparingDouble(Ruling::position)).toList();
            // cluster by position
            List<List<Ruling>> groups = new ArrayList<>();
            List<Ruling> current = new ArrayList<>();
            double groupStart = Double.NaN;
            for (Ruling r : same) {
                if (!current.isEmpty() && r.position - groupStart > positionTolerance) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) {
                    groupStart = r.position;
                }
                current.add(r);
            }
            if (!current.isEmpty()) {
                groups.add(current);
            }
            for (List<Ruling> group : groups) {
                List<Ruling> byStart = new ArrayList<>(group);
                byStart.sort(Comparator.comparingDouble(Ruling::start));
                double s = byStart.get(0).start;
                double e = byStart.get(0).end;
                double posSum = 0;
                double weight = 0;
                for (Ruling r : byStart) {
                    if (r.start > e + gapTolerance) {
                        out.add(new Ruling(horizontal, posSum / weight, s, e));
                        s = r.start;
                        e = r.end;
                        posSum = 0;
                        weight = 0;
                    }
                    e = Math.max(e, r.end);
                    double w = Math.max(r.length(), 0.1);
                    posSum += r.position * w;
                    weight += w;
                }
                out.add(new Ruling(horizontal, posSum / weight, s, e));
            }
        }
        return out;
    }

    /** Whether this horizontal and that vertical ruling cross or touch, within the tolerance. */
    boolean crosses(Ruling vertical, double tolerance) {
        return vertical.position >= start - tolerance && vertical.position <= end + tolerance
                && position >= vertical.start - tolerance && position <= vertical.end + tolerance;
    }
}
