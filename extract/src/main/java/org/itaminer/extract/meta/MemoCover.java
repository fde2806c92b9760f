package org.itaminer.extract.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memo cover page (บันทึกข้อความ): ส่วนราชการ (the sending unit), ที่ (reference), วันที่, เรื่อง (subject)
 * and เรียน (addressee). Many published reports start with one; its subject often restates the title.
 *
 * @param subject the เรื่อง line without its label
 * @param unit the ส่วนราชการ line without its label, when the memo prints one
 */
public record MemoCover(String subject, Optional<String> unit) {

    private static final Pattern SUBJECT = Pattern.compile("^เรื่อง\\s*[:：]?\\s*(.+)$");
    private static final Pattern UNIT = Pattern.compile("^ส่วนราชการ\\s*[:：]?\\s*(.+)$");

    /** Finds a memo's fields in the first lines after a บันทึกข้อความ heading, if there is one. */
    public static Optional<MemoCover> find(DocumentText text) {
        List<TextLine> lines = text.paragraphLines();
        for (int i = 0; i < lines.size() && i < 40; i++) {
            if (!lines.get(i).text().replace(" ", "").startsWith("บันทึกข้อความ")) {
                continue;
            }
            String subject = null;
            String unit = null;
            for (int j = i; j < lines.size() && j < i + 15; j++) {
                String line = lines.get(j).text();
                Matcher s = SUBJECT.matcher(line);
                if (subject == null && s.find()) {
                    subject = s.group(1).strip();
                }
                Matcher u = UNIT.matcher(line);
                if (unit == null && u.find()) {
                    unit = u.group(1).strip();
                }
            }
            if (subject != null) {
                return Optional.of(new MemoCover(subject, Optional.ofNullable(unit)));
            }
        }
        return Optional.empty();
    }

    /** True when a line is one of a memo's labelled header lines. */
    static boolean isMemoLine(String line) {
        return line.matches("^(บันทึกข้อความ|ส่วนราชการ|ที่\\s|วันที่|เรื่อง|เรียน|สิ่งที่ส่งมาด้วย|อ้างถึง).*");
    }
}
