package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where ruled tables are: groups of horizontal and vertical rulings that cross each other, smallest
 * first. Only detection; {@link LatticeExtractor} turns a region into cells.
 */
final class RulingTableDetector implements TableDetector<PageContent, TableRegion> {

    private static final double TOUCH = 2.5;
    /** Pages drawn with more rulings than this are vector art, not tables. */
    private static final int MAX_RULINGS = 4000;

    @Override
    public List<TableRegion> detect(PageContent page) {
        List<Ruling> h = page.horizontals();
        List<Ruling> v = page.verticals();
        if (h.isEmpty() || v.size() < 2 || h.size() + v.size() > MAX_RULINGS) {
            return List.of();
        }
        int n = h.size() + v.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (h.get(i).crosses(v.get(j), TOUCH)) {
                    DisjointSets.union(parent, i, h.size() + j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Ruling r = i < h.size() ? h.get(i) : v.get(i - h.size());
            groups.computeIfAbsent(DisjointSets.find(parent, i), k -> new ArrayList<>()).add(r);
        }
        List<TableRegion> regions = new ArrayList<>();
        for (List<Ruling> group : groups.values()) {
            long hs = group.stream().filter(Ruling::horizontal).count();
            long vs = group.size() - hs;
            // a table cut by a page break may lack its top or bottom line: one horizontal and 3+ verticals do
            if (hs < 1 || vs < 2 || (hs == 1 && vs < 3)) {
                continue;
            }
            double x0 = Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            for (Ruling r : group) {
                if (r.horizontal()) {
                    x0 = Math.min(x0, r.start());
                    x1 = Math.max(x1, r.end());
                    y0 = Math.min(y0, r.position());
                    y1 = Math.max(y1, r.position());
                } else {
                    y0 = Math.min(y0, r.start());
                    y1 = Math.max(y1, r.end());
                    x0 = Math.min(x0, r.position());
                    x1 = Math.max(x1, r.position());
                }
            }
            if (x1 - x0 < 20 || y1 - y0 < 8) {
                continue; // a check box or a bullet square
            }
            regions.add(new TableRegion(x0, y0, x1, y1, group));
        }
        regions.sort(Comparator.comparingDouble(TableRegion::area));
        return regions;
    }
}
