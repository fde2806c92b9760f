package org.itaminer.ingest.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects straight stroked segments and thin filled rectangles as line segments, in PDF user space
 * (device space of the page, the current transformation already applied by {@link PathOperators}).
 */
final class RulingCollector {
    /** Max thickness of a filled rectangle taken as a line. */
    private static final double THIN = 2.5;
    private static final int MAX_SEGMENTS = 50_000;

    final List<double[]> segments = new ArrayList<>();
    /** Current path: subpaths of segments; index 4 marks whether the subpath was a rectangle. */
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private List<double[]> current;
    private double cx;
    private double cy;
    private double sx;
    private double sy;

    private void newSubpath() {
        current = new ArrayList<>();
        subpaths.add(current);
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        newSubpath();
        current.add(new double[] {p0.getX(), p0.getY(), p1.getX(), p1.getY()});
        current.add(new double[] {p1.getX(), p1.getY(), p2.getX(), p2.getY()});
        current.add(new double[] {p2.getX(), p2.getY(), p3.getX(), p3.getY()});
        current.add(new double[] {p3.getX(), p3.getY(), p0.getX(), p0.getY()});
        cx = p0.getX();
        cy = p0.getY();
        sx = cx;
        sy = cy;
        current = null;
    }

    void moveTo(float x, float y) {
        newSubpath();
        cx = x;
        cy = y;
        sx = x;
        sy = y;
    }

    void lineTo(float x, float y) {
        if (current == null) {
            newSubpath();
        }
        current.add(new double[] {cx, cy, x, y});
        cx = x;
        cy = y;
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            newSubpath();
        }
        current.add(null); // a curve: this subpath is no rectangle
        cx = x3;
        cy = y3;
    }

    void closePath() {
        if (current != null && (cx != sx || cy != sy)) {
            current.add(new double[] {cx, cy, sx, sy});
        }
        cx = sx;
        cy = sy;
    }

    void endPath() {
        subpaths.clear();
        current = null;
    }

    void strokePath() {
        for (List<double[]> sp : subpaths) {
            for (double[] s : sp) {
                if (s != null) {
                    add(s);
                }
            }
        }
        endPath();
    }

    void fillPath(int windingRule) {
        for (List<double[]> sp : subpaths) {
            if (sp.isEmpty() || sp.contains(null)) {
                continue;
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            boolean axisAligned = true;
            for (double[] s : sp) {
                if (Math.abs(s[0] - s[2]) > 0.5 && Math.abs(s[1] - s[3]) > 0.5) {
                    axisAligned = false;
                    break;
                }
                minX = Math.min(minX, Math.min(s[0], s[2]));
                maxX = Math.max(maxX, Math.max(s[0], s[2]));
                minY = Math.min(minY, Math.min(s[1], s[3]));
                maxY = Math.max(maxY, Math.max(s[1], s[3]));
            }
            if (!axisAligned) {
                continue;
            }
            double w = maxX - minX;
            double h = maxY - minY;
            if (h <= THIN && w > h) {
                add(new double[] {minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2});
            } else if (w <= THIN && h > w) {
                add(new double[] {(minX + maxX) / 2, minY, (minX + maxX) / 2, maxY});
            }
        }
        endPath();
    }

    void fillAndStrokePath(int windingRule) {
        List<List<double[]>> copy = new ArrayList<>(subpaths);
        fillPath(windingRule);
        subpaths.addAll(copy);
        strokePath();
    }

    private void add(double[] s) {
        if (segments.size() < MAX_SEGMENTS) {
            segments.add(s);
        }
    }
}
