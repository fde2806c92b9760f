package org.itaminer.extract.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a header cell's words to a {@link ColumnRole}. Headers in the genre vary ("ระยะเวลา ดำเนินการ",
 * "การติดตามผล การดำเนินการ", "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม" ...), and several contain another
 * role's words ("ผลการดำเนินการ" is inside "การติดตามผลการดำเนินการ"), so rules are tried in a fixed
 * order, most specific first, on the header text with all white space removed.
 */
public final class HeaderVocabulary {

    private record Rule(ColumnRole role, List<String> words) {
    }

    /** Order matters: the first rule with a word found in the header wins. */
    private static final List<Rule> RULES = List.of(
            new Rule(ColumnRole.MONITORING, List.of("การติดตาม", "ติดตามผล", "กำกับติดตาม", "ติดตามและประเมินผล")),
            new Rule(ColumnRole.OUTCOME, List.of("ผลลัพธ์", "ผลสัมฤทธิ์", "ความสำเร็จ", "outcome")),
            new Rule(ColumnRole.RECOMMENDATION, List.of("ข้อเสนอแนะ", "ข้อเสนอ", "recommendation")),
            new Rule(ColumnRole.RESPONSIBLE, List.of("ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "หน่วยงานที่รับผิดชอบ",
                    "ผู้ดำเนินการ", "หน่วยงานดำเนินการ", "ส่วนราชการที่รับผิดชอบ", "responsible")),
            new Rule(ColumnRole.PERIOD, List.of("ระยะเวลา", "ห้วงเวลา", "ช่วงเวลา", "กำหนดเวลา", "วันเวลา", "ระยะดำเนินการ")),
            new Rule(ColumnRole.RESULT, List.of("ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลการปฏิบัติ", "สรุปผล",
                    "ผลการจัดทำ", "ผลดำเนินการ", "result")),
            new Rule(ColumnRole.STEPS, List.of("วิธีการดำเนินการ", "วิธีดำเนินการ", "ขั้นตอน", "วิธีการปฏิบัติ",
                    "วิธีปฏิบัติ", "แนวทางการดำเนินการ", "แนวทางดำเนินการ", "การดำเนินการ", "กิจกรรมที่ดำเนินการ")),
            new Rule(ColumnRole.MEASURE, List.of("มาตรการ", "แนวทาง", "โครงการ", "กิจกรรม", "measure")),
            new Rule(ColumnRole.NUMBER, List.of("ข้อที่", "ลำดับที่", "ลำดับ")));

    private HeaderVocabulary() {
    }

    /**
     * @param header a header cell's normalized text
     * @return the role its words name, or empty when the words are not in the vocabulary
     */
    public static Optional<ColumnRole> roleOf(String header) {
        String key = withoutWhiteSpace(header).toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > 80) {
            return Optional.empty();
        }
        if (key.equals("ที่") || key.equals("no.") || key.equals("ข้อ")) {
            return Optional.of(ColumnRole.NUMBER);
        }
        for (Rule rule : RULES) {
            for (String word : rule.words()) {
                if (key.contains(word)) {
                    return Optional.of(rule.role());
                }
            }
        }
        return Optional.empty();
    }

    private static String withoutWhiteSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
