package org.itaminer.extract.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.StepSplitter;
import org.itaminer.extract.period.ThaiMonth;

/**
 * What the cells of one column hold, as the share of its non-empty cells that look like each kind of
 * content the genre puts in a measure table: a period (months, ไตรมาส, ปีงบประมาณ, dates), a unit or post
 * (กองคลัง, สำนักปลัด, ปลัด อบต., ทุกส่วนราชการ), a numbered list (1. ... 2. ...), an amount (50,000 บาท),
 * a tick (✓, /, X), a bare number (1, 2.1, (3)). A column's content names its role when its header's words
 * do not ({@link ColumnScores}).
 *
 * @param cells how many non-empty cells were read
 * @param periods share of cells that are a period
 * @param units share of cells that name a unit or a post
 * @param lists share of cells that hold a numbered (or bulleted) list of two or more items
 * @param amounts share of cells that are an amount of money
 * @param ticks share of cells that are a tick alone
 * @param numbers share of cells that are a bare item number
 * @param averageChars the cells' mean length without spaces
 */
public record ColumnContent(int cells, double periods, double units, double lists, double amounts, double ticks,
                            double numbers, double averageChars) {

    /** The empty column. */
    public static final ColumnContent NONE = new ColumnContent(0, 0, 0, 0, 0, 0, 0, 0);

    /** A period, a unit or an amount is said in a few words; a long cell that mentions one is about something else. */
    private static final int MAX_SHORT_CHARS = 60;
    /** A list of units names a few of them. */
    private static final int MAX_UNIT_LIST_CHARS = 300;
    private static final Pattern PERIOD_WORDS = Pattern.compile(
            "ไตรมาส|ปีงบประมาณ|ตลอดปี|ทุกเดือน|ทุกปี|รายเดือน|ภายในเดือน|ภายในวันที่|\\d{1,2}/\\d{1,2}/\\d{2,4}|Q[1-4]");
    /** Words a unit's or a post's name begins with. */
    private static final Pattern UNIT_START = Pattern.compile(
            "^(?:กอง|สำนัก|ฝ่าย|งาน|ส่วน|ศูนย์|กลุ่ม|หน่วย|ทุกส่วน|ทุกกอง|ทุกหน่วย|ทุกฝ่าย|ทุกงาน|ปลัด|รองปลัด|นายก|รองนายก"
                    + "|ผู้อำนวยการ|ผอ\\.|หัวหน้า|เจ้าหน้าที่|เจ้าพนักงาน|นักวิชาการ|นักทรัพยากร|นักจัดการ|นิติกร|คณะกรรมการ"
                    + "|คณะทำงาน|ตำแหน่ง|บุคลากร|โรงพยาบาล|สถานี|เทศบาล|องค์การบริหาร)");
    private static final Pattern AMOUNT = Pattern.compile(
            "^(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{3,9}(?:\\.\\d{1,2})?)\\s*(?:บาท|\\.-|-)?$|บาท$|^ไม่ใช้งบประมาณ$|^ไม่ได้ใช้งบประมาณ$");
    private static final Pattern TICK = Pattern.compile("^(?:[/\\\\✓✔√✗✘xX☑☒■●]|[\\uF000-\\uF0FF])$");
    private static final Pattern NUMBER = Pattern.compile("^\\(?\\d{1,3}(?:\\.\\d{1,2}){0,2}[.)]?$");
    /** A dash placeholder: "-", "–", "—". */
    private static final Pattern DASHES = Pattern.compile("[-–—]+");
    /** What opens an item of a list: a bullet, or a number with its dot or bracket. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:^|\\s)[-•●▪]\\s*|(?<![\\d.])\\d{1,2}[.)]\\s*");
    private static final Pattern BULLETS = Pattern.compile("(?:^|\\s)[-•●▪]\\s*\\S");

    /** The profile of a column's cell texts (blank and dash-placeholder cells are not counted). */
    public static ColumnContent of(List<String> texts) {
        int n = 0;
        int periods = 0;
        int units = 0;
        int lists = 0;
        int amounts = 0;
        int ticks = 0;
        int numbers = 0;
        long chars = 0;
        for (String raw : texts) {
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty() || DASHES.matcher(text).matches()) {
                continue;
            }
            n++;
            String squeezed = Squeezed.of(text);
            chars += squeezed.length();
            boolean shortCell = squeezed.length() <= MAX_SHORT_CHARS;
            if (TICK.matcher(text).matches()) {
                ticks++;
            } else if (NUMBER.matcher(text).matches()) {
                numbers++;
            } else if (shortCell && AMOUNT.matcher(text).find()) {
                amounts++;
            } else if (shortCell && isPeriod(text)) {
                periods++;
            } else if (shortCell && UNIT_START.matcher(text).find()
                    || squeezed.length() <= MAX_UNIT_LIST_CHARS && isListOfUnits(text)) {
                units++;
                continue; // "- กองคลัง - กองช่าง" lists units, not steps
            }
            if (isList(text)) {
                lists++;
            }
        }
        if (n == 0) {
            return NONE;
        }
        double d = n;
        return new ColumnContent(n, periods / d, units / d, lists / d, amounts / d, ticks / d, numbers / d, chars / d);
    }

    /** The content of column {@code column} over {@code rows}. */
    static ColumnContent of(List<org.itaminer.model.layout.Row> rows, int column) {
        return of(rows.stream().map(r -> r.cell(column).text()).toList());
    }

    static boolean isPeriod(String text) {
        return PERIOD_WORDS.matcher(text).find() || !ThaiMonth.findAll(text).isEmpty();
    }

    static boolean isUnit(String text) {
        return Squeezed.of(text).length() <= MAX_SHORT_CHARS && UNIT_START.matcher(text.strip()).find();
    }

    /** Whether a cell lists units behind bullets or numbers, most of its items a unit's name. */
    static boolean isListOfUnits(String text) {
        String[] items = LIST_ITEM.split(text);
        int n = 0;
        int units = 0;
        for (String item : items) {
            if (!item.isBlank()) {
                n++;
                units += isUnit(item) ? 1 : 0;
            }
        }
        return n >= 2 && units * 2 > n;
    }

    static boolean isList(String text) {
        return StepSplitter.split(text).size() >= 2 || countBullets(text) >= 2;
    }

    private static int countBullets(String text) {
        int count = 0;
        var m = BULLETS.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Whether the cells hold running text (a measure's or a result's words), not labels, numbers or marks. */
    public boolean isText() {
        return cells > 0 && numbers + ticks + amounts < 0.3 && averageChars >= 8;
    }

    /**
     * The role the content alone names, when most of the cells agree: bare numbers → {@link ColumnRole#NUMBER},
     * ticks → {@link ColumnRole#STATUS}, amounts → {@link ColumnRole#BUDGET}, periods → {@link ColumnRole#PERIOD},
     * units → {@link ColumnRole#RESPONSIBLE}, numbered lists → {@link ColumnRole#STEPS}.
     */
    public Optional<ColumnRole> suggests() {
        return ColumnScores.contentScores(this).entrySet().stream()
                .filter(e -> e.getValue() >= ColumnScores.THRESHOLD)
                .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    }
}
