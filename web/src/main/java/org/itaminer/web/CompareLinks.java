package org.itaminer.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.theme.Theme;

/**
 * The search behind a cell of the compare matrix: exactly the measures the cell counts. A cell is the number of the
 * row's measures on a theme in one of its documents (a plan and its report count once), so the link narrows to the
 * row's agency (its index key), year and the theme, and to that document; the page's own query and filters stay.
 */
public final class CompareLinks {

    private CompareLinks() {
    }

    public static String cell(Filters f, ThemeMatrix.Row row, Theme theme) {
        Map<String, String> p = new LinkedHashMap<>(f.params());
        p.put("agencyKey", row.agencyKey());
        if (row.fiscalYear() != null) {
            p.put("year", String.valueOf(row.fiscalYear()));
        }
        p.put("theme", theme.id());
        row.source(theme).ifPresent(doc -> p.put("doc", doc));
        return Filters.url("/search", f.query(), p, 1);
    }
}
