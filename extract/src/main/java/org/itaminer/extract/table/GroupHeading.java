package org.itaminer.extract.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;

/**
 * Tells a group heading row from a measure row. Plans and reports built on a strategy group their
 * measures under rows that span the table: "ยุทธศาสตร์ที่ 1 ...", "กลยุทธ์ที่ 2 : ...", "มิติที่ ๑ ...",
 * "ด้านที่ 3 ...". Such a row is a heading when it holds one non-empty cell and either
 * <ul>
 *   <li>the cell spans the table (a merged cell in DOCX, HTML or a ruled PDF), or</li>
 *   <li>the row has a single cell in a table of three or more columns (a {@code | ... |} text-form row), or</li>
 *   <li>the cell opens with a grouping word and a number, the rest of the row left empty.</li>
 * </ul>
 * A lone "(ต่อ)" is never a heading: it marks a continued measure.
 */
public final class GroupHeading {

    /** Grouping words of the genre, each followed by its number. */
    private static final Pattern GROUP_WORD = Pattern.compile(
            "^(?:ประเด็นยุทธศาสตร์|ยุทธศาสตร์|กลยุทธ์?|มิติ|ด้าน|แผนงาน|ส่วน|หมวด)\\s*(?:ที่)?\\s*\\d{1,2}(?!\\d)");
    /** A heading printed above a table wraps over a few lines at most. */
    private static final int MAX_PARAGRAPH_HEADING_LINES = 3;
    private static final Pattern CONTINUED = Pattern.compile("^[(\\[]?\\s*ต่อ\\s*[)\\]]?$");

    private GroupHeading() {
    }

    /**
     * Reads a heading printed as a paragraph above a table instead of as a row in it ("กลยุทธ์ที่ 2
     * ปลูกฝังวิธีคิด ..." over each table of แนวทางการพัฒนา): the paragraph's last line that opens with a
     * grouping word and its number, with the lines that wrap it. ("กลยุทธ" without its mark is how some
     * text layers print กลยุทธ์.)
     *
     * @param lines a paragraph's lines
     * @return the heading, or empty when no line of the paragraph opens one
     */
    public static Optional<String> ofParagraph(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (GROUP_WORD.matcher(lines.get(i).strip()).find()) {
                int end = Math.min(lines.size(), i + MAX_PARAGRAPH_HEADING_LINES);
                return Optional.of(String.join(" ", lines.subList(i, end)).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * @param row a row below a measure-table header
     * @param columns how many columns the header has
     * @return the heading's text, or empty when the row is not a group heading
     */
    public static Optional<String> of(Row row, int columns) {
        List<Cell> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() != 1 || columns < 2) {
            return Optional.empty();
        }
        Cell cell = filled.get(0);
        String text = cell.text().strip();
        if (CONTINUED.matcher(text).matches()) {
            return Optional.empty();
        }
        boolean spans = cell.columnSpan() >= columns || (cell.columnSpan() > 1 && row.cells().size() == 1);
        boolean loneCell = row.cells().size() == 1 && columns >= 3;
        boolean grouping = GROUP_WORD.matcher(text).find();
        return spans || loneCell || grouping ? Optional.of(text) : Optional.empty();
    }
}
