package org.itaminer.extract.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a document's title: the first heading block ({@link HeadingBlock}: short lines that open with the
 * genre's heading words, รายงานผล..., มาตรการ..., แผน..., also as a form: แบบรายงานผล..., up to where the
 * body begins), or the heading block of a ประกาศ/คำสั่ง with its เรื่อง subject ({@link OfficialHeading}),
 * whichever comes first; failing that the subject of a memo cover; failing that the first line. A memo
 * cover's own lines, a table of contents and a คำนำ never give the heading; a ประกาศ that is the cover
 * of a plan gives way to the plan's own heading after its signature.
 */
public final class TitleFinder {

    /** "- 2 -", "หน้า 4", "1": a page number is never a title. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:หน้า(?:ที่)?\\s*)?[-–(]?\\s*\\d{1,3}\\s*[-–)]?$");
    private static final int MAX_CHARS = HeadingBlock.MAX_CHARS;
    /** "ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2567": the dated line above a ประกาศ's signature. */
    private static final Pattern SIGNING_DATE = Pattern.compile("^(?:ประกาศ|สั่ง)\\s*ณ\\s*วันที่");

    private TitleFinder() {
    }

    /**
     * The title and whether it came from a real heading (not a memo subject or a first line).
     *
     * @param subject what the document is about: the เรื่อง of a ประกาศ/คำสั่ง or memo, else the title itself
     */
    public record Title(String text, boolean heading, String subject) {

        public Title(String text, boolean heading) {
            this(text, heading, text);
        }

        /**
         * True when the document is a heading whose subject is measures ("มาตรการป้องกันการทุจริต...",
         * "มาตรการส่งเสริมคุณธรรม..."): its numbered list, if it has one, is a list of measures.
         */
        public boolean subjectIsMeasures() {
            return heading && subject.replace(" ", "").startsWith("มาตรการ");
        }
    }

    /**
     * A ประกาศ that is only the cover of a plan: after its signing line ("ประกาศ ณ วันที่ ...") the plan
     * begins with a heading block of its own, which is the document's title. A ประกาศ whose text is the
     * measures has no heading after its signature.
     */
    private static Optional<HeadingBlock> headingAfterSignature(DocumentText text, int official) {
        List<List<String>> paragraphs = text.paragraphs();
        for (int p = official + 1; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).stream().anyMatch(l -> SIGNING_DATE.matcher(l.strip()).find())) {
                for (int k = p + 1; k < paragraphs.size(); k++) {
                    Optional<HeadingBlock> heading = HeadingBlock.at(text, k);
                    if (heading.isPresent()) {
                        return heading;
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static Title find(DocumentText text, Optional<MemoCover> memo) {
        List<List<String>> paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<OfficialHeading> official = OfficialHeading.at(paragraphs, i);
            if (official.isPresent()) {
                Optional<HeadingBlock> body = headingAfterSignature(text, i);
                return body.isPresent() ? new Title(body.get().text(), true)
                        : new Title(official.get().text(), true, official.get().subject());
            }
            Optional<HeadingBlock> heading = HeadingBlock.at(text, i);
            if (heading.isPresent()) {
                return new Title(heading.get().text(), true);
            }
        }
        if (memo.isPresent()) {
            return new Title(memo.get().subject(), false, memo.get().subject());
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
