package org.itaminer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.AgencyType;
import org.itaminer.index.compare.ThemeMatrix;
import org.itaminer.index.theme.Theme;

/**
 * A {@link ThemeMatrix} as a terminal table: agency, province, type, fiscal year, measures, then a column per
 * theme (its short Thai label) with the measure count, {@code ·} for none; a line of how many rows cover each
 * theme; a legend of the labels. Columns are aligned by {@link DisplayWidth}, so Thai with marks above and below
 * lines up.
 */
final class ThemeMatrixTable {

    /** Agency names are cut to this many columns (the longest Thai agency names run to about 60). */
    static final int AGENCY_WIDTH = 40;
    static final String NONE = "·";

    private static final Map<AgencyType, String> TYPE = Map.of(AgencyType.SAO, "อบต.",
            AgencyType.SUBDISTRICT_MUNICIPALITY, "ทต.", AgencyType.TOWN_MUNICIPALITY, "ทม.",
            AgencyType.CITY_MUNICIPALITY, "ทน.", AgencyType.PAO, "อบจ.", AgencyType.OTHER, "อื่น");

    private ThemeMatrixTable() {
    }

    /** The table's lines. */
    static List<String> lines(ThemeMatrix matrix) {
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("หน่วยงาน", "จังหวัด", "ประเภท", "ปี", "เอกสาร", "มาตรการ"));
        matrix.themes().forEach(t -> header.add(t.shortLabel()));
        cells.add(header);
        for (ThemeMatrix.Row r : matrix.rows()) {
            List<String> line = new ArrayList<>(List.of(DisplayWidth.fit(r.agency(), AGENCY_WIDTH),
                    r.province() == null ? "-" : r.province(), TYPE.get(r.agencyType()),
                    r.fiscalYear() == null ? "-" : r.fiscalYear().toString(), kinds(r.kinds()),
                    Integer.toString(r.measures())));
            for (Theme t : matrix.themes()) {
                line.add(r.count(t) == 0 ? NONE : Integer.toString(r.count(t)));
            }
            cells.add(line);
        }
        List<String> covering = new ArrayList<>(List.of("หน่วยงาน-ปีที่มีประเด็น", "", "", "", "", ""));
        Map<Theme, Integer> rows = matrix.rowsCovering();
        matrix.themes().forEach(t -> covering.add(rows.get(t) + "/" + matrix.rows().size()));
        cells.add(covering);

        int columns = header.size();
        int[] widths = new int[columns];
        for (List<String> line : cells) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(line.get(c)));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (i == 1 || i == cells.size() - 1) {
                out.add(rule(widths));
            }
            out.add(line(cells.get(i), widths));
        }
        out.add("");
        int label = matrix.themes().stream().mapToInt(t -> DisplayWidth.of(t.shortLabel())).max().orElse(0);
        int id = matrix.themes().stream().mapToInt(t -> t.id().length()).max().orElse(0);
        for (Theme t : matrix.themes()) {
            out.add(DisplayWidth.padRight(t.shortLabel(), label) + "  " + DisplayWidth.padRight(t.id(), id) + "  "
                    + t.label());
        }
        return out;
    }

    /** Text columns left-aligned, numbers (and the no-measure dot) right-aligned. */
    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            boolean number = c >= 5 && !v.isEmpty() && (Character.isDigit(v.charAt(0)) || v.equals(NONE));
            if (c > 0) {
                b.append("  ");
            }
            b.append(number ? DisplayWidth.padLeft(v, widths[c]) : DisplayWidth.padRight(v, widths[c]));
        }
        return b.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            b.append(c > 0 ? "  " : "").append("-".repeat(widths[c]));
        }
        return b.toString();
    }

    /** plan → แผน, report → รายงาน, other → อื่น. */
    private static String kinds(List<String> kinds) {
        List<String> thai = new ArrayList<>();
        for (String k : kinds) {
            thai.add(switch (k) {
                case "plan" -> "แผน";
                case "report" -> "รายงาน";
                default -> "อื่น";
            });
        }
        return String.join("+", thai);
    }
}
