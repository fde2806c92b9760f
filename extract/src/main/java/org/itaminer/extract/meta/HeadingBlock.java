package org.itaminer.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document's heading block (หัวเรื่อง), judged from the layout rather than by taking "the next line":
 * <pre>
 * องค์การบริหารส่วนตำบลหนองแสง                     an agency line may stand above it (not part of the title)
 * มาตรการส่งเสริมคุณธรรมและความโปร่งใส               the heading's opening line: the genre's heading words
 * ภายในหน่วยงาน                                    short continuation lines of the same block
 * ประจำปีงบประมาณ พ.ศ. ๒๕๖๗                          a year or round line, even as a paragraph of its own
 * องค์การบริหารส่วนตำบลหนองแสง อำเภอ... จังหวัด...     (kept only when printed in the same block)
 * ตามที่ ... / ๑. ... / a table / a long line          the body: the heading has ended
 * </pre>
 * A heading line is short and not a sentence; the block ends at the first line that opens the body (a
 * body opening word, a numbered section, a labelled line, a sentence, a long line), at a table, at a
 * page break, and after {@link #MAX_LINES} lines. Covers never start one: memo lines (บันทึกข้อความ ...),
 * table-of-contents entries (a page number or dot leaders last) and the text under คำนำ/สารบัญ.
 *
 * @param text the heading's lines joined with single spaces
 */
public record HeadingBlock(String text) {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:แบบ)?(?:การ)?(?:รายงานผล|สรุปผล|มาตรการ|ผลการดำเนินการ|ผลการดำเนินงาน|ผลการปฏิบัติ|แผน(?!งาน|ที่|ผัง)"
                    + "|ขับเคลื่อน|ดำเนินการตามมาตรการ|ประกาศ|คำสั่ง|แนวทาง|คู่มือ|นโยบาย|ข้อกำหนด|ประมวลจริยธรรม)");
    /** "# มาตรการ ...": a heading marked as in markdown; the marks are not part of it. */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    /** "มาตรการที่ ๑ ...", "มาตรการ 2", "มาตรการ/แนวทาง", "ผลการดำเนินการ:": a measure or a column, not a heading. */
    private static final Pattern NOT_A_HEADING = Pattern.compile(
            "^(?:มาตรการ|ผลการดำเนินการ|ผลการดำเนินงาน|แนวทาง)(?:ที่)?\\s*(?:[\\d๐-๙]|[/:：])");
    private static final Pattern SIGNING_DATE = Pattern.compile("^(?:ประกาศ|สั่ง)\\s*ณ\\s*วันที่");
    /** Words that open a body paragraph, not a heading line. */
    private static final Pattern BODY_OPENING = Pattern.compile(
            "^(?:ตามที่|ด้วย|โดยที่|อาศัยอำนาจ|เพื่อให้|จากการ|จากผล|ทั้งนี้|อนึ่ง|สำหรับการ|ซึ่ง|โดย|หลักการ|ความเป็นมา)");
    /** A sentence's words: a heading names a document, it does not say what the document does. */
    private static final Pattern SENTENCE = Pattern.compile(
            "ดังนี้|ดังต่อไปนี้|ฉบับนี้|จัดทำขึ้น|ได้จัดทำ|ได้ดำเนินการ|ได้กำหนด|จึง|ขอเรียน|เพื่อโปรด|แนบ|พร้อมนี้"
                    + "|ดังกล่าว|ดังเอกสาร|มีวัตถุประสงค์|ได้รับ|ได้มี|ขอรายงาน");
    /** "๑.", "1)", "(๑)", "ข้อ ๑", "ส่วนที่ ๑", "-", "•": a numbered section or a list item. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[\\d๐-๙]{1,2}(?:\\.[\\d๐-๙]{1,2})*\\s*[.)]|\\(\\s*[\\d๐-๙]{1,2}\\s*\\)|(?:ข้อ|ส่วนที่|บทที่|หมวดที่?)\\s*[\\d๐-๙]|[-•*●▪➢])");
    /** "ผู้รับผิดชอบ: ..." — a label and a colon near the start. */
    private static final Pattern LABELLED = Pattern.compile("^[^:：]{1,30}[:：]");
    /** A rule of dots, dashes or stars under a heading. */
    private static final Pattern RULE = Pattern.compile("^[-–—._*=~\\s]{3,}$");
    /** A table-of-contents entry: dot leaders or a bare page number last ("บทนำ ....... ๑", "มาตรการ ... 3"). */
    private static final Pattern TOC_ENTRY = Pattern.compile(
            "(?:\\.{3,}|…|_{3,})\\s*[\\d๐-๙]{0,3}\\s*$|(?<!พ\\.ศ\\.|ปี|ที่|รอบ|ครั้ง|เดือน)\\s[\\d๐-๙]{1,3}\\s*$");
    /** Section words under which the text is body, never a heading (a preface, a table of contents). */
    private static final Pattern SECTION_WORD = Pattern.compile("^(?:คำนำ|สารบัญ|บทนำ|บทสรุป|บทสรุปผู้บริหาร)\\s*$");
    /** A line that goes on with a heading when it stands as a paragraph of its own: a year, a round, a link word. */
    private static final Pattern CONTINUES = Pattern.compile(
            "^(?:ประจำปี|ปีงบประมาณ|พ\\.\\s?ศ\\.|รอบ|ระยะ|ไตรมาส|ตั้งแต่|ระหว่าง|[(\\[]|ตาม|ของ|ภายใน|ใน|และ|เพื่อ|ด้าน"
                    + "|สำหรับ|ครั้งที่|ฉบับ|\\S{0,12}[\\d๐-๙]{4}\\s*\\)?$)");
    /**
     * A heading line that stops in the middle of a phrase ("… ประจำปีงบประมาณ พ.ศ.", "… ของ"): a long heading
     * wrapped, whose next printed line, even set apart as a paragraph, goes on with it.
     */
    private static final Pattern DANGLING = Pattern.compile(
            "(?:พ\\.\\s?ศ\\.|ปีงบประมาณ|ประจำปี|ของ|และ|ใน|ตาม|สำหรับ)\\s*$");
    /** An agency line that may stand above the heading: "องค์การบริหารส่วนตำบลหนองแสง", "โรงพยาบาลน้ำพอง". */
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "^(?:องค์การบริหารส่วน|เทศบาล|อบต\\.|อบจ\\.|ทต\\.|ทม\\.|ทน\\.|สำนักงาน|สำนัก|กรม|กระทรวง|โรงพยาบาล"
                    + "|โรงเรียน|มหาวิทยาลัย|ศูนย์|กอง|สถานี|จังหวัด|อำเภอ|การไฟฟ้า|การประปา)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:หน้า(?:ที่)?\\s*)?[-–(]?\\s*[\\d๐-๙]{1,3}\\s*[-–)]?$");

    /** At most this many lines above the heading's opening line in its paragraph (agency, page number). */
    private static final int MAX_PREFACE = 2;
    private static final int MAX_PREFACE_CHARS = 90;
    private static final int MAX_OPENING_CHARS = 170;
    private static final int MAX_LINE_CHARS = 120;
    static final int MAX_LINES = 5;
    /** A body line wrapped at the page's width is at least this long, and its neighbour about as wide. */
    private static final int WRAP_MIN_CHARS = 70;
    private static final double WRAP_RATIO = 0.85;
    private static final int BODY_LINE_CHARS = 90;
    static final int MAX_CHARS = 260;

    /** The heading block whose opening line is in paragraph {@code index}, if it has one. */
    public static Optional<HeadingBlock> at(DocumentText text, int index) {
        List<List<String>> paragraphs = text.paragraphs();
        if (index > 0 && underSectionWord(paragraphs.get(index - 1).stream().map(HeadingBlock::clean).toList())) {
            return Optional.empty();
        }
        List<String> paragraph = paragraphs.get(index);
        int start = -1;
        for (int j = 0; j < paragraph.size() && j <= MAX_PREFACE; j++) {
            String line = clean(paragraph.get(j));
            if (SECTION_WORD.matcher(line).find()) {
                return Optional.empty();
            }
            if (isOpening(line)) {
                start = j;
                break;
            }
            if (!isPreface(line)) {
                return Optional.empty();
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add(clean(paragraph.get(start)));
        int length = lines.get(0).length();
        for (int j = start + 1; j < paragraph.size(); j++) {
            String line = clean(paragraph.get(j));
            if (!fits(lines, length, line) || !goesOn(line)) {
                return wrappedBody(lines, line) ? Optional.empty() : Optional.of(new HeadingBlock(String.join(" ", lines)));
            }
            if (bodyWidth(lines.get(lines.size() - 1)) && bodyWidth(line)) {
                return Optional.empty(); // two lines printed as wide as running text: a paragraph, not a heading
            }
            lines.add(line);
            length += line.length() + 1;
        }
        // the whole paragraph was heading: a year or round line set apart from it still belongs to it
        for (int p = index + 1; p < paragraphs.size() && text.samePageNoTableBetween(p - 1, p); p++) {
            List<String> next = paragraphs.get(p);
            boolean cutShort = DANGLING.matcher(lines.get(lines.size() - 1)).find();
            if (next.size() > 2 || !cutShort && !CONTINUES.matcher(clean(next.get(0))).find()) {
                break;
            }
            for (String printed : next) {
                String line = clean(printed);
                if (!fits(lines, length, line) || !goesOn(line)) {
                    return Optional.of(new HeadingBlock(String.join(" ", lines)));
                }
                lines.add(line);
                length += line.length() + 1;
            }
        }
        return Optional.of(new HeadingBlock(String.join(" ", lines)));
    }

    /** A printed line as the heading reads it: trimmed, markdown heading marks left off. */
    private static String clean(String line) {
        return MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("");
    }

    /** The opening line of a heading: the genre's heading words, short, and not a measure, date or contents entry. */
    static boolean isOpening(String line) {
        return line.length() <= MAX_OPENING_CHARS && HEADING.matcher(line).find()
                && !NOT_A_HEADING.matcher(line).find() && !SIGNING_DATE.matcher(line).find()
                && !SENTENCE.matcher(line).find() && !TOC_ENTRY.matcher(line).find()
                && !MemoCover.isCoverLine(line);
    }

    /** A line that may stand above the heading's opening line: an agency or unit line, a page number. */
    private static boolean isPreface(String line) {
        return PAGE_NUMBER.matcher(line).find()
                || (line.length() <= MAX_PREFACE_CHARS && AGENCY_LINE.matcher(line).find() && goesOn(line));
    }

    /** A short line that is not the body's beginning. */
    static boolean goesOn(String line) {
        return !line.isEmpty() && line.length() <= MAX_LINE_CHARS && !BODY_OPENING.matcher(line).find()
                && !NUMBERED.matcher(line).find() && !LABELLED.matcher(line).find()
                && !SENTENCE.matcher(line).find() && !RULE.matcher(line).find()
                && !TOC_ENTRY.matcher(line).find() && !MemoCover.isCoverLine(line)
                && !SIGNING_DATE.matcher(line).find() && !PAGE_NUMBER.matcher(line).find();
    }

    /**
     * True when the lines taken for a heading are the first lines of a body paragraph wrapped at the page's
     * width: the line after them opens nothing new and is printed as wide as the last of them.
     */
    private static boolean wrappedBody(List<String> lines, String next) {
        String last = lines.get(lines.size() - 1);
        boolean clearBreak = BODY_OPENING.matcher(next).find() || NUMBERED.matcher(next).find()
                || LABELLED.matcher(next).find() || RULE.matcher(next).find() || MemoCover.isCoverLine(next)
                || PAGE_NUMBER.matcher(next).find();
        return !clearBreak && last.length() > WRAP_MIN_CHARS && last.length() >= WRAP_RATIO * next.length();
    }

    /** As wide as a line of running text; heading lines are shorter, centred in a larger type. */
    private static boolean bodyWidth(String line) {
        return line.length() >= BODY_LINE_CHARS;
    }

    private static boolean fits(List<String> lines, int length, String line) {
        return lines.size() < MAX_LINES && length + 1 + line.length() <= MAX_CHARS;
    }

    /** The paragraph before is a คำนำ/สารบัญ heading alone: what follows is its text. */
    private static boolean underSectionWord(List<String> before) {
        return before.size() == 1 && SECTION_WORD.matcher(before.get(0)).find();
    }
}
