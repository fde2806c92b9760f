package org.itaminer.extract.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.HeaderVocabulary;
import org.itaminer.extract.period.ThaiMonth;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Tells what a printed table holds ({@link TableKind}) from its header's words AND its cells, before any
 * row becomes a measure. Each kind other than measures has its sign ({@link Sign}); the signs are asked in
 * a fixed order, the surest first, and a table none of them claims is a measure table when a measure
 * header opens it ({@link ColumnLayout#ofHeader(Row, List)}), else {@link TableKind#UNKNOWN} (a header-less
 * part of a table, which the reader may still join to the table above it).
 */
public final class TableClassifier {

    /** The rows a header may take at the top of a printed table (a title row, a two-level header). */
    private static final int HEADER_ROWS = 3;

    /** A kind's evidence in a table. */
    interface Sign {
        TableKind kind();

        boolean holds(TableView table);
    }

    /** The signs, asked in this order; the first that holds gives the kind. */
    private static final List<Sign> BEFORE_MEASURES = List.of(new Signatures(), new Schedule(), new IndicatorScores(),
            new Contents(), new BudgetSummary(), new Checklist());

    private TableClassifier() {
    }

    /** The kind of a printed table. */
    public static TableKind classify(Table table) {
        return classify(table.rows().stream().map(GridRow::of).toList());
    }

    /** The kind of a printed table given as grid rows ({@link GridRow}). */
    static TableKind classify(List<Row> rows) {
        return classify(new HeaderReadings(rows));
    }

    /** The kind of a printed table (or segment), its rows' header readings kept for whoever asks next. */
    static TableKind classify(HeaderReadings headers) {
        TableView view = new TableView(headers.rows(), headers);
        for (Sign sign : BEFORE_MEASURES) {
            if (sign.holds(view)) {
                return sign.kind();
            }
        }
        return view.measureHeader().isPresent() ? TableKind.MEASURES : TableKind.UNKNOWN;
    }

    /**
     * The parts of a printed table that hold one kind each: a table is cut before a row inside it that is a
     * measure header or a signature line. Tables printed one under the other with nothing between come out
     * of some readers as one table (the text form, stream extraction), an indicator table over a measure
     * table or signatures under it.
     */
    public static List<List<Row>> segments(List<Row> rows) {
        return segments(new HeaderReadings(rows)).stream().map(HeaderReadings::rows).toList();
    }

    /** As {@link #segments(List)}, each segment with its rows' header readings (the words-only ones shared). */
    static List<HeaderReadings> segments(HeaderReadings table) {
        List<Row> rows = table.rows();
        List<HeaderReadings> segments = new java.util.ArrayList<>();
        int start = 0;
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean cut = Signatures.opens(row) && !Signatures.parts(rows.get(r - 1), false)
                    || table.byWords(r).isPresent() && !sameText(row, rows.get(start))
                    && !secondHeaderRow(table.byWords(r - 1), rows.get(r - 1), row);
            if (cut) {
                segments.add(table.part(start, r));
                start = r;
            }
        }
        segments.add(table.part(start, rows.size()));
        return segments;
    }

    /**
     * Whether a row is the second row of the header above it: sub-headers under a spanning label
     * ("การดำเนินการ" over "ขั้นตอน/วิธีการ | ระยะเวลา") name roles by their words too, yet they do not open
     * a table of their own.
     */
    private static boolean secondHeaderRow(Optional<ColumnLayout> aboveByWords, Row above, Row row) {
        return aboveByWords.filter(header -> header.withSubHeader(above, row)
                .or(() -> WrappedHeader.join(header, above, row)).isPresent()).isPresent();
    }

    /** Whether two rows print the same words in the same cells, white space aside. */
    private static boolean sameText(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) {
            return false;
        }
        for (int c = 0; c < a.cells().size(); c++) {
            if (!Squeezed.of(a.cell(c).text()).equals(Squeezed.of(b.cell(c).text()))) {
                return false;
            }
        }
        return true;
    }

    /** A printed table as the signs read it. */
    record TableView(List<Row> rows, HeaderReadings headers) {

        List<Row> top() {
            return rows.subList(0, Math.min(HEADER_ROWS, rows.size()));
        }

        /** The measure header among the top rows, read with the rows below it. */
        Optional<ColumnLayout> measureHeader() {
            for (int r = 0; r < top().size(); r++) {
                Optional<ColumnLayout> header = headers.withBelow(r);
                if (header.isPresent()) {
                    return header;
                }
            }
            return Optional.empty();
        }

        /** Whether a top row names a role of the given ones by its words. */
        boolean headerNames(ColumnRole... roles) {
            for (Row row : top()) {
                for (var cell : row.cells()) {
                    List<ColumnRole> named = HeaderVocabulary.rolesOf(cell.text());
                    for (ColumnRole role : roles) {
                        if (!named.isEmpty() && named.get(0) == role) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        boolean topSays(Pattern words) {
            return top().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> words.matcher(c.text()).find());
        }

        int width() {
            return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        }
    }

    /** ลงชื่อ ........ / (นายสมชาย ใจดี) / ตำแหน่ง ...: most cells are parts of a signature. */
    static final class Signatures implements Sign {
        private static final Pattern PART = Pattern.compile(
                "^(?:ลงชื่อ|ลงนาม|\\(\\s*(?:นาย|นาง|นางสาว|น\\.ส\\.|ดร\\.|ว่าที่)|ตำแหน่ง|(?:นาย|นาง|นางสาว)\\S)|\\.{5,}|_{5,}"
                        + "|ผู้รายงาน|ผู้ตรวจสอบ|ผู้อนุมัติ|ผู้จัดทำ|ผู้เสนอ|ผู้รับรอง|ผู้ให้ความเห็นชอบ|ผู้บังคับบัญชา");
        private static final int MAX_SIGNATURE_CHARS = 200;
        private static final Pattern SIGN = Pattern.compile("^ลงชื่อ|^ลงนาม|\\.{5,}|_{5,}|^\\(\\s*(?:นาย|นาง|นางสาว)");

        /** Whether a row opens a signature block: every filled cell a part of one, one of them a signing line. */
        static boolean opens(Row row) {
            return parts(row, true);
        }

        /**
         * Whether every filled cell of a row is a part of a signature (with a signing line among them when
         * {@code signing}): the signers' roles over their names ("ผู้จัดทำ | ผู้ตรวจสอบ | ผู้อนุมัติ") head a block too.
         */
        static boolean parts(Row row, boolean signing) {
            boolean signed = false;
            boolean any = false;
            for (var cell : row.cells()) {
                if (cell.isBlank()) {
                    continue;
                }
                any = true;
                String s = cell.text().strip();
                if (s.length() > MAX_SIGNATURE_CHARS) {
                    return false; // a signature is a name and a post, never a paragraph
                }
                if (!PART.matcher(s).find()) {
                    return false;
                }
                signed |= SIGN.matcher(s).find();
            }
            return any && (signed || !signing);
        }

        @Override
        public TableKind kind() {
            return TableKind.SIGNATURES;
        }

        @Override
        public boolean holds(TableView table) {
            if (table.rows().isEmpty() || !parts(table.rows().get(0), false)) {
                return false;
            }
            int cells = 0;
            int parts = 0;
            boolean signed = false;
            for (Row row : table.rows()) {
                for (var cell : row.cells()) {
                    for (String line : cell.paragraphs()) {
                        String s = line.strip();
                        cells++;
                        parts += PART.matcher(s).find() ? 1 : 0;
                        signed |= SIGN.matcher(s).find();
                    }
                }
            }
            return signed && cells > 0 && parts * 2 >= cells;
        }
    }

    /** Three or more month (ต.ค. … ก.ย.) or quarter (ไตรมาส ๑ …) columns in the header: a schedule. */
    static final class Schedule implements Sign {
        private static final Pattern QUARTER = Pattern.compile("^(?:ไตรมาส(?:ที่)?\\s*\\d|Q\\s*[1-4])");
        private static final int MAX_TICK_HEADER_CHARS = 14;

        @Override
        public TableKind kind() {
            return TableKind.SCHEDULE;
        }

        @Override
        public boolean holds(TableView table) {
            for (Row row : table.top()) {
                int ticks = 0;
                for (var cell : row.cells()) {
                    String s = cell.text().strip();
                    if (s.length() <= 2 * MAX_TICK_HEADER_CHARS && Squeezed.of(s).length() <= MAX_TICK_HEADER_CHARS
                            && (QUARTER.matcher(s).find() || ThaiMonth.findAll(s).size() == 1)) {
                        ticks++;
                    }
                }
                if (ticks >= 3) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Rows naming ITA indicators with their scores, in most of the table: the earlier result by indicator.
     * A measure header does not overrule it: "ตัวชี้วัด | คะแนน | ประเด็นที่ต้องพัฒนา | แนวทางการพัฒนา" is the
     * analysis of the result, whatever its last column's word.
     */
    static final class IndicatorScores implements Sign {
        private static final int MAX_CELL_CHARS = 120;

        @Override
        public TableKind kind() {
            return TableKind.INDICATOR_SCORES;
        }

        @Override
        public boolean holds(TableView table) {
            int rows = 0;
            int scored = 0;
            for (Row row : table.rows()) {
                if (row.isBlank()) {
                    continue;
                }
                rows++;
                StringBuilder shortText = new StringBuilder();
                for (var cell : row.cells()) {
                    if (cell.text().length() <= MAX_CELL_CHARS) {
                        shortText.append(cell.text()).append(" | ");
                    }
                }
                String s = shortText.toString();
                if (ItaIndicators.namesIndicator(s) && ItaIndicators.score(s).isPresent()) {
                    scored++;
                }
            }
            return scored >= 2 && scored * 2 >= rows - HEADER_ROWS;
        }
    }

    /** สารบัญ, or a header "เรื่อง | หน้า", or titles with dot leaders to a page number. */
    static final class Contents implements Sign {
        private static final Pattern TITLE = Pattern.compile("^\\s*สารบัญ\\s*$");
        private static final Pattern PAGE = Pattern.compile("^\\s*หน้า(?:ที่)?\\s*$");
        private static final Pattern LEADER = Pattern.compile("\\.{4,}\\s*\\d{1,3}\\s*$");
        private static final int MAX_ENTRY_CHARS = 200;

        @Override
        public TableKind kind() {
            return TableKind.CONTENTS;
        }

        /** A title's dot leader to its page number; the regular expression only for short cells ending in a digit. */
        private static boolean endsWithPageNumber(String text) {
            int n = text.length();
            return n > 0 && n <= MAX_ENTRY_CHARS && Character.isDigit(text.charAt(n - 1)) && LEADER.matcher(text).find();
        }

        @Override
        public boolean holds(TableView table) {
            if (table.topSays(TITLE) || table.topSays(PAGE)) {
                return true;
            }
            long leaders = table.rows().stream().filter(r -> r.cells().stream()
                    .anyMatch(c -> endsWithPageNumber(c.text()))).count();
            return leaders >= 3 && leaders * 2 >= table.rows().size();
        }
    }

    /**
     * Amount columns outnumbering the text columns, with a total row or a budget word over them, and no
     * how-to, responsible, period or result column: a budget summary.
     */
    static final class BudgetSummary implements Sign {
        private static final Pattern TOTAL = Pattern.compile("^\\s*รวม");
        private static final Pattern MONEY_WORDS = Pattern.compile("งบประมาณ|จำนวนเงิน|บาท|ร้อยละ|จำนวนโครงการ");

        @Override
        public TableKind kind() {
            return TableKind.BUDGET_SUMMARY;
        }

        @Override
        public boolean holds(TableView table) {
            if (table.rows().size() < 2 || table.headerNames(ColumnRole.STEPS, ColumnRole.RESPONSIBLE,
                    ColumnRole.PERIOD, ColumnRole.MONITORING, ColumnRole.RESULT, ColumnRole.OUTCOME, ColumnRole.KPI)) {
                return false;
            }
            List<Row> data = table.rows().subList(1, table.rows().size());
            boolean total = data.stream().anyMatch(r -> r.cells().stream().filter(cell -> !cell.isBlank()).findFirst()
                    .map(cell -> TOTAL.matcher(cell.text()).find()).orElse(false));
            if (!total && !table.topSays(MONEY_WORDS)) {
                return false; // the cheap signs first: the columns' content is read only when one holds
            }
            int money = 0;
            int text = 0;
            for (int c = 0; c < table.width(); c++) {
                ColumnContent content = ColumnContent.of(data, c);
                if (content.amounts() + content.numbers() >= 0.6 && content.numbers() < 0.9) {
                    money++;
                } else if (content.isText()) {
                    text++;
                }
            }
            return money >= 1 && money >= text;
        }
    }

    /** Yes/no option columns (มี | ไม่มี, ใช่ | ไม่ใช่, ✓) beside items, with no measure or how-to column. */
    static final class Checklist implements Sign {
        private static final Pattern TICK = Pattern.compile("^(?:[/\\\\✓✔√✗✘xX☑☒■●]|[\\uF000-\\uF0FF])$");
        private static final Pattern OPTION = Pattern.compile(
                "^(?:มี|ไม่มี|ใช่|ไม่ใช่|ผ่าน|ไม่ผ่าน|ครบ|ไม่ครบ|ปฏิบัติ|ไม่ปฏิบัติ|เป็นไปตาม|ไม่เป็นไปตาม|yes|no|✓|✔)$");

        @Override
        public TableKind kind() {
            return TableKind.CHECKLIST;
        }

        @Override
        public boolean holds(TableView table) {
            if (table.headerNames(ColumnRole.MEASURE, ColumnRole.STEPS, ColumnRole.RISK)) {
                return false;
            }
            long options = table.top().stream().flatMap(r -> r.cells().stream())
                    .filter(c -> OPTION.matcher(Squeezed.of(c.text())).matches()).count();
            if (options >= 2) {
                return true;
            }
            List<Row> data = table.rows().subList(Math.min(1, table.rows().size()), table.rows().size());
            for (int c = 0; c < table.width(); c++) {
                int cells = 0;
                int ticks = 0;
                for (Row row : data) {
                    String t = row.cell(c).text().strip();
                    if (!t.isEmpty()) {
                        cells++;
                        ticks += TICK.matcher(t).matches() ? 1 : 0;
                    }
                }
                if (cells >= 3 && ticks * 5 >= cells * 3) {
                    return true;
                }
            }
            return false;
        }
    }
}
