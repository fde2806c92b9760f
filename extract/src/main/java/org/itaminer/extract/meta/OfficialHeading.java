package org.itaminer.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading block of an official instrument (ประกาศ announcement, คำสั่ง order, ระเบียบ regulation,
 * ข้อบังคับ by-law), as the official-correspondence rules lay it out:
 * <pre>
 * ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่          the instrument and its issuer
 * ที่ ๑๕๐/๒๕๖๓                                   (orders) the number
 * เรื่อง มาตรการป้องกันการทุจริต...                 the subject (or "ว่าด้วย ...")
 * ในการจัดซื้อจัดจ้าง                             its continuation lines
 * ........................................       a rule of dots or dashes, then the body
 * </pre>
 * The title is the whole block, issuer and subject; the subject alone says what the instrument is about
 * (a ประกาศ whose subject is มาตรการ... sets measures). The subject ends at the rule, at the end of its
 * paragraph, at the body's opening words (ตามที่, ด้วย, โดยที่, อาศัยอำนาจ) or at the length limit.
 *
 * @param text the heading lines joined
 * @param subject the subject without its เรื่อง/ว่าด้วย label
 */
public record OfficialHeading(String text, String subject) {

    private static final Pattern INSTRUMENT = Pattern.compile("^(?:ประกาศ|คำสั่ง|ระเบียบ|ข้อบังคับ)");
    /** "ประกาศ ณ วันที่ ...", "สั่ง ณ วันที่ ...": the dated line above the signature. */
    private static final Pattern SIGNING_DATE = Pattern.compile("^(?:ประกาศ|สั่ง)\\s*ณ\\s*วันที่");
    private static final Pattern SUBJECT = Pattern.compile("^(?:เรื่อง\\s*[:：]?|ว่าด้วย)\\s*(.+)$");
    /** A line of dots, dashes, underscores or stars under the heading. */
    private static final Pattern RULE = Pattern.compile("^[-–—._*=~\\s]{3,}$");
    private static final Pattern BODY_OPENING = Pattern.compile("^(?:ตามที่|ด้วย|โดยที่|อาศัยอำนาจ|เพื่อให้)");
    /** Lines between the instrument line and its subject: the issuer's name wrapped, the order's number. */
    private static final int MAX_LINES_BEFORE_SUBJECT = 3;
    private static final int MAX_SUBJECT_LINES = 5;
    private static final int MAX_CHARS = 260;
    private static final int MAX_INSTRUMENT_LINE_CHARS = 120;

    /**
     * Reads the heading block that starts at the first line of paragraph {@code index}, if it is one; the
     * subject may sit in the next paragraph (a heading set in a larger type is a paragraph of its own).
     */
    public static Optional<OfficialHeading> at(List<List<String>> paragraphs, int index) {
        List<String> first = paragraphs.get(index);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String opening = first.get(0).strip();
        if (!INSTRUMENT.matcher(opening).find() || SIGNING_DATE.matcher(opening).find()
                || opening.length() > MAX_INSTRUMENT_LINE_CHARS) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        int p = index;
        int l = 0;
        while (lines.size() <= MAX_LINES_BEFORE_SUBJECT && p < paragraphs.size()) {
            if (l >= paragraphs.get(p).size()) {
                p++;
                l = 0;
                continue;
            }
            String line = paragraphs.get(p).get(l).strip();
            Matcher subject = SUBJECT.matcher(line);
            if (subject.find() && !lines.isEmpty()) {
                return Optional.of(withSubject(lines, line, subject.group(1).strip(), paragraphs.get(p), l + 1));
            }
            l++;
            if (line.isEmpty()) {
                continue;
            }
            if (RULE.matcher(line).find()) {
                return Optional.empty();
            }
            lines.add(line);
        }
        return Optional.empty();
    }

    private static OfficialHeading withSubject(List<String> before, String printed, String subjectLine,
                                               List<String> paragraph, int next) {
        StringBuilder subject = new StringBuilder(subjectLine);
        StringBuilder text = new StringBuilder(String.join(" ", before)).append(' ').append(printed);
        for (int i = next; i < paragraph.size() && i < next + MAX_SUBJECT_LINES; i++) {
            String line = paragraph.get(i).strip();
            if (line.isEmpty() || RULE.matcher(line).find() || BODY_OPENING.matcher(line).find()
                    || text.length() + line.length() + 1 > MAX_CHARS) {
                break;
            }
            subject.append(' ').append(line);
            text.append(' ').append(line);
        }
        return new OfficialHeading(text.toString(), subject.toString());
    }
}
