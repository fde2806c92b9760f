package org.itaminer.extract.meta;

import org.itaminer.model.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.table.ClassifiedTables;
import org.itaminer.extract.table.TableKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.model.report.IndicatorScore;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;

/**
 * Finds an ITA indicator-score table: rows like "1. การปฏิบัติหน้าที่ 99.71 คะแนน" (in one cell, over
 * two cells, or as lines of text), grouped under the tool that measured them (แบบวัดการรับรู้ของผู้มีส่วนได้
 * ส่วนเสียภายใน (IIT), ... (EIT), แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)). A row counts only with a score and
 * either the word คะแนน or a name of the ITA indicator set, so numbered measures never do. A table the
 * classifier calls an indicator table, with its names and scores in columns of their own, is read by its
 * columns ({@link IndicatorTable}) in any of its shapes, its header-less parts on later pages included.
 */
public final class IndicatorScoreFinder {

    private static final Pattern ROW = Pattern.compile(
            "^\\s*(?:ตัวชี้วัดที่\\s*)?(\\d{1,2})\\s*[.)]?\\s*([^\\d]{3,80}?)\\s*[:=]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(คะแนน)?\\s*$");
    private static final Pattern TOOL = Pattern.compile("\\((IIT|EIT|OIT)\\)|\\b(IIT|EIT|OIT)\\b");
    /** Names of the ten ITA indicators (2564–2566 framework). */
    private static final List<String> KNOWN_NAMES = List.of("การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ",
            "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร",
            "การปรับปรุงการทำงาน", "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล", "การป้องกันการทุจริต");

    private IndicatorScoreFinder() {
    }

    public record Found(List<IndicatorScore> scores, List<Warning> warnings) {
    }

    /** "ผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2565": a line that says which year's results follow. */
    private static final Pattern SECTION_YEAR = Pattern.compile("(?:ผลการประเมิน|ผลคะแนน|คะแนน).{0,60}?(?:ปีงบประมาณ|ประจำปี|ปี)\\s*(?:พ\\.\\s?ศ\\.?)?\\s*(\\d{4})(?!\\d)");

    /** A score with the page it was first read on and the year of the results it stood among, if named. */
    private record OnPage(IndicatorScore score, int page, String year) {

        /**
         * The same indicator of the same year's results: the same name (when both print one) under the same
         * tool. Rows that share only a number (numbering restarted per tool, two years side by side) are
         * different things, and two scores for them are no contradiction.
         */
        boolean sameIndicator(IndicatorScore other, String otherYear) {
            String a = score.name().replace(" ", "");
            String b = other.name().replace(" ", "");
            boolean sameName = a.isEmpty() || b.isEmpty() || a.startsWith(b) || b.startsWith(a);
            boolean sameTool = score.optionalTool().isEmpty() || other.optionalTool().isEmpty()
                    || score.optionalTool().equals(other.optionalTool());
            boolean sameYear = year.isEmpty() || otherYear.isEmpty() || year.equals(otherYear);
            return sameName && sameTool && sameYear;
        }
    }

    public static Found find(LayoutDocument layout) {
        return find(layout, ClassifiedTables.of(layout));
    }

    /** As {@link #find(LayoutDocument)}, the tables' classification already made for the document. */
    public static Found find(LayoutDocument layout, ClassifiedTables classified) {
        Map<Integer, OnPage> byNumber = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        String[] tool = {null};
        String year = "";
        ColumnReading columns = new ColumnReading(classified);
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                List<String> lines = new ArrayList<>();
                if (block instanceof Paragraph p) {
                    lines.addAll(p.lines());
                } else {
                    Optional<List<IndicatorTable.Entry>> byColumns = columns.read((Table) block);
                    if (byColumns.isPresent()) {
                        for (IndicatorTable.Entry e : byColumns.get()) {
                            int number = e.number().orElse(columns.lastNumber + 1);
                            columns.lastNumber = number;
                            accept(new IndicatorScore(number, e.name(), e.tool().orElse(tool[0]), e.score()),
                                    page.number(), year, byNumber, warnings);
                        }
                        continue;
                    }
                    for (Row row : ((Table) block).rows()) {
                        // the score may share the name's cell ("1. การปฏิบัติหน้าที่ 99.71 คะแนน") or sit in the next
                        String first = row.cell(0).text();
                        lines.add(mayBeRow(first) && ROW.matcher(first).find() ? first
                                : String.join(" ", row.cells().stream().limit(2).map(Cell::text).toList()).strip());
                    }
                }
                for (String line : lines) {
                    Matcher t = TOOL.matcher(line);
                    Matcher r = ROW.matcher(line);
                    if (mayBeRow(line) && r.find()) {
                        accept(r, tool[0], page.number(), year, byNumber, warnings);
                        continue;
                    }
                    Optional<Matcher> commented = withComment(line);
                    if (commented.isPresent()) {
                        accept(commented.get(), tool[0], page.number(), year, byNumber, warnings);
                        continue;
                    }
                    if (line.length() < 120 && t.find()) {
                        tool[0] = t.group(1) != null ? t.group(1) : t.group(2);
                    }
                    Matcher y = SECTION_YEAR.matcher(line);
                    if (line.length() < 160 && y.find()) {
                        year = y.group(1);
                    }
                }
            }
        }
        return new Found(byNumber.values().stream().map(OnPage::score).toList(), warnings);
    }

    /** "67.59 คะแนน" inside a line: where a scored row ends when a comment follows it. */
    private static final Pattern SCORE_WORD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?\\s*คะแนน");

    /**
     * A row of an indicator table with a comment beside it, printed as one line when the table has no rulings
     * ("๑. การปฏิบัติหน้าที่ ๖๗.๕๙ คะแนน ควรปรับปรุงการดำเนินงานด้านการปฏิบัติหน้าที่"): the row up to its score,
     * when its name is one of the ITA indicators' (a numbered measure that cites a score is no such row).
     */
    private static Optional<Matcher> withComment(String line) {
        if (line.length() > 400) {
            return Optional.empty();
        }
        Matcher score = SCORE_WORD.matcher(line);
        if (!score.find() || score.end() == line.strip().length()) {
            return Optional.empty();
        }
        String row = line.substring(0, score.end());
        Matcher r = ROW.matcher(row);
        if (!mayBeRow(row) || !r.find()) {
            return Optional.empty();
        }
        String name = r.group(2).replace(" ", "");
        return KNOWN_NAMES.stream().anyMatch(name::startsWith) ? Optional.of(r) : Optional.empty();
    }

    /**
     * A cheap necessary condition for {@link #ROW}: a number (or ตัวชี้วัดที่) first, a score or คะแนน last,
     * and short enough. The pattern's lazy middle backtracks over every long line otherwise.
     */
    static boolean mayBeRow(String line) {
        String s = line.strip();
        if (s.length() < 5 || s.length() > 140) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        return (isAsciiDigit(first) || s.startsWith("ตัวชี้วัดที่")) && (isAsciiDigit(last) || s.endsWith("คะแนน"));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void accept(Matcher r, String tool, int page, String year, Map<Integer, OnPage> byNumber,
                               List<Warning> warnings) {
        int number = Integer.parseInt(r.group(1));
        String name = r.group(2).strip();
        double score = Double.parseDouble(r.group(3));
        boolean known = KNOWN_NAMES.stream().anyMatch(k -> name.replace(" ", "").startsWith(k));
        if (number < 1 || number > 30 || score > 100 || (r.group(4) == null && !known)) {
            return;
        }
        accept(new IndicatorScore(number, name, tool, score), page, year, byNumber, warnings);
    }

    private static void accept(IndicatorScore found, int page, String year, Map<Integer, OnPage> byNumber,
            List<Warning> warnings) {
        int number = found.number();
        double score = found.score();
        OnPage had = byNumber.putIfAbsent(number, new OnPage(found, page, year));
        if (had != null && had.sameIndicator(found, year) && had.score().optionalScore().isPresent()
                && Math.abs(had.score().optionalScore().getAsDouble() - score) > 0.005) {
            // about the page of the score the report keeps (the first), as the assessment conflict is
            warnings.add(Warning.onPage(Warning.Kind.CONFLICTING_VALUES, had.page(), String.format(Locale.ROOT,
                    "indicator %d score differs: %.2f vs %.2f", number, had.score().optionalScore().getAsDouble(), score)));
        }
    }

    /**
     * The column reading of indicator tables through a document: the columns of the last indicator table,
     * kept for its header-less parts on later pages.
     */
    private static final class ColumnReading {
        private static final int HEADER_ROWS = 3;
        private final ClassifiedTables classified;
        private IndicatorTable inForce;
        private Optional<String> tool = Optional.empty();
        int lastNumber;

        ColumnReading(ClassifiedTables classified) {
            this.classified = classified;
        }

        /** The entries of a table read by its columns, or empty when it is not such a table. */
        Optional<List<IndicatorTable.Entry>> read(Table table) {
            TableKind kind = classified.get(table).kind();
            List<Row> rows = table.rows();
            if (kind != TableKind.INDICATOR_SCORES && kind != TableKind.UNKNOWN) {
                inForce = null;
                return Optional.empty();
            }
            for (int r = 0; r < Math.min(HEADER_ROWS, rows.size()); r++) {
                Optional<IndicatorTable> header = IndicatorTable.ofHeader(rows.get(r), rows.subList(r + 1, rows.size()));
                if (header.isPresent()) {
                    if (!header.get().equals(inForce)) {
                        tool = Optional.empty();
                        lastNumber = 0;
                    }
                    inForce = header.get();
                    return Optional.of(entries(rows.subList(r + 1, rows.size())));
                }
            }
            if (inForce != null && rows.stream().allMatch(row -> row.cells().size() >= inForce.span())) {
                List<IndicatorTable.Entry> more = entries(rows); // a part on the next page, its header not repeated
                if (!more.isEmpty()) {
                    return Optional.of(more);
                }
            }
            if (kind == TableKind.INDICATOR_SCORES) {
                return Optional.empty(); // names and scores in one cell: read line by line
            }
            inForce = null;
            return Optional.empty();
        }

        private List<IndicatorTable.Entry> entries(List<Row> rows) {
            List<IndicatorTable.Entry> entries = inForce.read(rows, tool);
            if (!entries.isEmpty()) {
                tool = entries.get(entries.size() - 1).tool();
            }
            return entries;
        }
    }
}
