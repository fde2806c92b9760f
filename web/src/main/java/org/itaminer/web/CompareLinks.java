package org.itaminer.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.theme.Theme;

/**
 * The search behind a cell of the compare matrix: the row's agency place, type and year as filters, the page's own
 * query, and the theme's search word. The index's SearchRequest has no theme or agency filter yet, so this narrows to
 * the row's place and year and ranks the theme's measures first rather than listing exactly the cell's measures.
 */
public final class CompareLinks {

    private CompareLinks() {
    }

    public static String cell(Filters f, ThemeMatrix.Row row, Theme theme) {
        Map<String, String> p = new LinkedHashMap<>(f.params());
        if (row.province() != null) {
            p.put("province", row.province());
        }
        if (row.district() != null) {
            p.put("district", row.district());
        }
        p.put("agencyType", row.agencyType().value());
        if (row.fiscalYear() != null) {
            p.put("year", String.valueOf(row.fiscalYear()));
        }
        String word = theme.shortLabel().replace('/', ' ');
        String q = f.query().isEmpty() ? word : f.query() + " " + word;
        return Filters.url("/search", q, p, 1);
    }
}
