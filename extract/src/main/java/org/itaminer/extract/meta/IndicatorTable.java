package org.itaminer.extract.meta;

import org.itaminer.extract.table.Squeezed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.extract.table.ItaIndicators;
import org.itaminer.model.layout.Row;

/**
 * Reads an indicator-score table by its columns, in the shapes the genre prints it: "ที่ | ตัวชี้วัด |
 * คะแนน", "ตัวชี้วัด | เครื่องมือ | คะแนน | ประเด็นที่ต้องพัฒนา", "เครื่องมือ | ตัวชี้วัด | ผลคะแนน" with the
 * tool merged down, names with or without their number. Columns are found from the header's words and,
 * where the header says nothing, from the cells (scores out of 100, tool codes, indicator names, small
 * numbers). A table whose name and score share a cell ("1. การปฏิบัติหน้าที่ 99.71 คะแนน") has no
 * separate score column and is read line by line instead.
 *
 * @param number the column of indicator numbers, or −1
 * @param name the column of indicator names
 * @param score the column of scores
 * @param tool the column of tools (IIT/EIT/OIT or the form's name), or −1
 */
record IndicatorTable(int number, int name, int score, int tool) {

    /** Dots and brackets around a number: "(3)", "4.". */
    private static final Pattern NUMBER_MARKS = Pattern.compile("[.)(]");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");

    /** One indicator's row as read. */
    record Entry(OptionalInt number, String name, Optional<String> tool, double score) {
    }

    private static final int MAX_CELL_CHARS = 120;
    private static final Pattern NUMBER_WORDS = Pattern.compile("^(?:ที่|ลำดับ(?:ที่)?|ข้อ(?:ที่)?|ตัวชี้วัดที่|no\\.?)$");
    private static final Pattern NAME_WORDS = Pattern.compile("ตัวชี้วัด|ชื่อตัวชี้วัด|ประเด็นการประเมิน|indicator");
    private static final Pattern SCORE_WORDS = Pattern.compile("คะแนน|ผลการประเมิน|score");
    private static final Pattern TOOL_WORDS = Pattern.compile("เครื่องมือ|แบบวัด|ประเภท|tool");
    /** "1.", "ตัวชี้วัดที่ 1", "(1)" opening a name. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:ตัวชี้วัดที่\\s*)?\\(?(\\d{1,2})\\s*[.)]?\\s+(?=\\S)");
    private static final Pattern BARE_SCORE = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:คะแนน)?$");
    /** A score printed in a cell ("84.25"): a row holding one is a row of data, never the header. */
    private static final Pattern SCORE_IN_TEXT = Pattern.compile("\\d\\.\\d");
    private static final Pattern SUMMARY = Pattern.compile("^(?:รวม|เฉลี่ย|คะแนนรวม|ผลรวม|ค่าเฉลี่ย|ผลคะแนนรวม)");

    /**
     * The columns a header row names, helped by the rows below it; empty when it has no name and
     * score column of its own (not a header, or scores printed inside the names' cells).
     */
    static Optional<IndicatorTable> ofHeader(Row header, List<Row> below) {
        int width = Math.max(header.cells().size(), below.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
        int number = -1;
        int name = -1;
        int score = -1;
        int tool = -1;
        int named = 0;
        for (int c = 0; c < header.cells().size(); c++) {
            String h = Squeezed.of(header.cell(c).text()).toLowerCase(java.util.Locale.ROOT);
            if (h.isEmpty()) {
                continue;
            }
            if (SCORE_IN_TEXT.matcher(h).find()) {
                // "1. การปฏิบัติหน้าที่ 84.25 คะแนน" says คะแนน but is a scored row, not a column's name
                return Optional.empty();
            }
            if (tool < 0 && TOOL_WORDS.matcher(h).find()) {
                tool = c;
            } else if (score < 0 && SCORE_WORDS.matcher(h).find() && !NAME_WORDS.matcher(h).find()) {
                score = c;
            } else if (number < 0 && NUMBER_WORDS.matcher(h).matches()) {
                number = c; // before the names: "ตัวชี้วัดที่" over the numbers holds the name's word
            } else if (name < 0 && NAME_WORDS.matcher(h).find()) {
                name = c;
            } else {
                continue;
            }
            named++;
        }
        if (named == 0) {
            return Optional.empty(); // no header words of an indicator table: not its header
        }
        // what the header leaves unsaid, the cells tell
        for (int c = 0; c < width; c++) {
            if (c == number || c == name || c == score || c == tool) {
                continue;
            }
            int cells = 0;
            int scores = 0;
            int names = 0;
            int tools = 0;
            for (Row row : below) {
                String t = row.cell(c).text().strip();
                if (t.isEmpty() || t.length() > MAX_CELL_CHARS) {
                    continue; // a name, a score or a tool is a few words
                }
                cells++;
                scores += BARE_SCORE.matcher(t).matches() && t.contains(".") ? 1 : 0;
                names += ItaIndicators.namesIndicator(t) && ItaIndicators.score(t).isEmpty() ? 1 : 0;
                tools += t.length() <= 80 && ItaIndicators.Tool.in(t).isPresent() ? 1 : 0;
            }
            if (cells == 0) {
                continue;
            }
            if (score < 0 && scores * 2 > cells) {
                score = c;
            } else if (name < 0 && names * 2 > cells) {
                name = c;
            } else if (tool < 0 && tools * 2 > cells && names == 0) {
                tool = c;
            }
        }
        if (name < 0 || score < 0 || name == score) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorTable(number, name, score, tool));
    }

    /**
     * The indicators of the rows below the header. A row that only names a tool ("แบบวัดการรับรู้ของ
     * ผู้มีส่วนได้ส่วนเสียภายใน (IIT)") sets the tool of the rows under it, as a tool cell merged down does.
     *
     * @param rows the rows under the header (header repeats on later pages are passed over)
     * @param toolAbove the tool in force from above (a previous part of the table), or empty
     */
    List<Entry> read(List<Row> rows, Optional<String> toolAbove) {
        List<Entry> entries = new ArrayList<>();
        Optional<String> toolInForce = toolAbove;
        for (Row row : rows) {
            String nameCell = row.cell(name).text().strip();
            String scoreCell = row.cell(score).text().strip();
            Optional<String> rowTool = tool >= 0 ? ItaIndicators.Tool.in(row.cell(tool).text()).map(Enum::name)
                    : Optional.empty();
            if (rowTool.isEmpty()) {
                // a tool row spanning the table, or a tool named in the name cell of a row with no score
                String joined = String.join(" ", row.cells().stream().map(c -> c.text()).toList());
                if (scoreCell.isEmpty() && joined.length() <= 120) {
                    rowTool = ItaIndicators.Tool.in(joined).map(Enum::name);
                }
            }
            if (rowTool.isPresent()) {
                toolInForce = rowTool;
            }
            Matcher s = BARE_SCORE.matcher(scoreCell);
            if (nameCell.isEmpty() || !s.matches() || SUMMARY.matcher(nameCell).find()) {
                continue;
            }
            double value = Double.parseDouble(s.group(1));
            if (value > 100) {
                continue;
            }
            OptionalInt n = OptionalInt.empty();
            String nameText = nameCell;
            Matcher lead = LEADING_NUMBER.matcher(nameCell);
            if (lead.find()) {
                n = OptionalInt.of(Integer.parseInt(lead.group(1)));
                nameText = nameCell.substring(lead.end()).strip();
            }
            if (number >= 0) {
                String numberCell = NUMBER_MARKS.matcher(row.cell(number).text().strip()).replaceAll("");
                if (SMALL_NUMBER.matcher(numberCell).matches()) {
                    n = OptionalInt.of(Integer.parseInt(numberCell));
                }
            }
            if (n.isEmpty() && !ItaIndicators.isKnownName(nameText)) {
                continue; // neither numbered nor an indicator's name: a sub-total, a remark
            }
            entries.add(new Entry(n, nameText, toolInForce, value));
        }
        return entries;
    }

    /** The width this reading expects of a header-less part that continues the table. */
    int span() {
        return Math.max(Math.max(number, name), Math.max(score, tool)) + 1;
    }
}
