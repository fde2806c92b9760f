package org.itaminer.extract.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a document's title: the first heading paragraph (at most four short lines) that opens with the
 * genre's heading words (รายงานผล..., มาตรการ..., แผน...); failing that the subject of a memo cover;
 * failing that the first line. A heading printed over several lines is joined into one.
 */
public final class TitleFinder {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:การ)?(?:รายงานผล|มาตรการ|ผลการดำเนินการ|แผนปฏิบัติ|แผนการ|แผนส่งเสริม|ประกาศ|คำสั่ง|แนวทาง|คู่มือ|นโยบาย|ข้อกำหนด|ประมวลจริยธรรม)");
    /** "ประกาศ ณ วันที่ 13 พฤศจิกายน พ.ศ. 2562": the dated line above a ประกาศ's signature, not its heading. */
    private static final Pattern SIGNING_DATE = Pattern.compile("^(?:ประกาศ|สั่ง)\\s*ณ\\s*วันที่");
    /** "- 2 -", "หน้า 4", "1": a page number is never a title. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:หน้า(?:ที่)?\\s*)?[-–(]?\\s*\\d{1,3}\\s*[-–)]?$");
    private static final int MAX_LINES = 4;
    private static final int MAX_CHARS = 260;

    private TitleFinder() {
    }

    /** The title and whether it came from a real heading (not a memo subject or a first line). */
    public record Title(String text, boolean heading) {
    }

    public static Title find(DocumentText text, Optional<MemoCover> memo) {
        for (List<String> paragraph : text.paragraphs()) {
            List<String> lines = paragraph.stream().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty() || lines.size() > MAX_LINES || MemoCover.isMemoLine(lines.get(0))) {
                continue;
            }
            String joined = String.join(" ", lines).strip();
            if (joined.length() <= MAX_CHARS && HEADING.matcher(joined).find() && !SIGNING_DATE.matcher(joined).find()) {
                return new Title(joined, true);
            }
        }
        if (memo.isPresent()) {
            return new Title(memo.get().subject(), false);
        }
        for (TextLine line : text.lines()) {
            if (!line.text().isBlank() && !PAGE_NUMBER.matcher(line.text().strip()).find()) {
                String t = line.text().strip();
                return new Title(t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t, false);
            }
        }
        return new Title("", false);
    }
}
