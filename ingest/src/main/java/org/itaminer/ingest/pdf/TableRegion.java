package org.itaminer.ingest.pdf;

import java.util.List;

/**
 * Where a ruled table may be: a group of crossing rulings and their bounding box.
 *
 * @param x0 left
 * @param y0 top
 * @param x1 right
 * @param y1 bottom
 * @param rulings the connected rulings
 */
record TableRegion(double x0, double y0, double x1, double y1, List<Ruling> rulings) {

    TableRegion {
        rulings = List.copyOf(rulings);
    }

    double area() {
        return (x1 - x0) * (y1 - y0);
    }

    boolean contains(double x, double y, double margin) {
        return x >= x0 - margin && x <= x1 + margin && y >= y0 - margin && y <= y1 + margin;
    }
}
