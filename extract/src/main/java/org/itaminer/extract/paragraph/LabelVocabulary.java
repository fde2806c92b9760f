package org.itaminer.extract.paragraph;

import org.itaminer.extract.table.Squeezed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.HeaderVocabulary;

/**
 * The words that label a measure's fields in running text. The roles are the measure table's
 * ({@link HeaderVocabulary}); what differs is that under a measure a label is never the measure itself:
 * กิจกรรม under a มาตรการ lists its activities (steps), as a กิจกรรม column beside a มาตรการ column does.
 */
final class LabelVocabulary {

    /** A label's closing colon. */
    private static final Pattern COLON_AT_END = Pattern.compile("[:：]$");

    /** Labels that open a line followed by their value after a space ("ผู้รับผิดชอบ กองคลัง"), longest first. */
    private static final List<String> WORDS = List.of("ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "หน่วยงานที่รับผิดชอบ",
            "หน่วยงานผู้รับผิดชอบ", "ส่วนราชการที่รับผิดชอบ", "ระยะเวลาดำเนินการ", "ระยะเวลา", "ห้วงเวลา",
            "วิธีการดำเนินการ", "วิธีดำเนินการ", "วิธีการ", "ขั้นตอนการดำเนินการ", "ขั้นตอนการดำเนินงาน",
            "ขั้นตอน/วิธีการปฏิบัติ", "ขั้นตอนหรือวิธีการปฏิบัติ", "ขั้นตอน", "กิจกรรมที่ดำเนินการ", "กิจกรรม",
            "การติดตามผลการดำเนินการ", "การติดตามและประเมินผล", "การติดตามผล", "สรุปผลการดำเนินการ",
            "ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลลัพธ์หรือผลสัมฤทธิ์", "ผลลัพธ์", "ผลสัมฤทธิ์", "ข้อเสนอแนะ",
            "งบประมาณ", "ตัวชี้วัด", "ค่าเป้าหมาย", "กลุ่มเป้าหมาย", "เป้าหมาย", "วัตถุประสงค์", "หมายเหตุ")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final String ALTERNATIVES = WORDS.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    /** "ระยะเวลา ดำเนินการ", "งบประมาณ (บาท)": a label word, the word ดำเนินการ split off, a unit in brackets. */
    private static final String TAIL = "(?:\\s?(?:การ)?ดำเนิน(?:การ|งาน))?(?:\\s*\\([^)]{1,20}\\))?";
    private static final Pattern OPENING = Pattern.compile("^((?:" + ALTERNATIVES + ")" + TAIL + ")\\s+(\\S.*)$");
    private static final Pattern EXACT = Pattern.compile("^(?:" + ALTERNATIVES + ")" + TAIL + "\\s*[:：]?$");
    /** "งบประมาณ พ.ศ. 2568" is a fiscal year wrapped onto its own line, not a budget. */
    private static final Pattern YEAR_WORDS = Pattern.compile("^(?:พ\\.\\s?ศ\\.|ปี|\\d{4}(?!\\d))");

    /** An opening label and the value after it on its line. */
    record Opening(String label, ColumnRole role, String value) {
    }

    private LabelVocabulary() {
    }

    /**
     * Labels that name a field only under a measure: a bare "วิธีการ" heads the how-to lines; as a table
     * header the same word may stand beside มาตรการ ("มาตรการ/วิธีการ"), so the table vocabulary leaves it out.
     */
    private static final Map<String, ColumnRole> UNDER_A_MEASURE = Map.of("วิธีการ", ColumnRole.STEPS);

    /** The field a label names, with a กิจกรรม under a measure read as its steps. */
    static Optional<ColumnRole> roleOf(String label) {
        ColumnRole local = UNDER_A_MEASURE.get(COLON_AT_END.matcher(Squeezed.of(label)).replaceFirst(""));
        if (local != null) {
            return Optional.of(local);
        }
        List<ColumnRole> roles = HeaderVocabulary.rolesOf(label);
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(roles.get(0) == ColumnRole.MEASURE && roles.size() > 1 ? roles.get(1) : roles.get(0));
    }

    /** The label a line opens with and the value after it, when the line opens with a label word and a space. */
    static Optional<Opening> opening(String line) {
        Matcher m = OPENING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ColumnRole> role = roleOf(m.group(1));
        if (role.isEmpty() || role.get() == ColumnRole.BUDGET && YEAR_WORDS.matcher(m.group(2)).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Opening(m.group(1).strip(), role.get(), m.group(2).strip()));
    }

    /**
     * A label alone on its line, its value on the lines below: a short line opening with a label word
     * ("ขั้นตอนการดำเนินการตามมาตรการ"). "และรายงานผลการติดตามตรวจสอบทุกเดือน" holds การติดตาม but
     * is the wrapped end of a sentence, not a label.
     */
    static boolean isLabelAlone(String line) {
        if (OPENING.matcher(line.strip()).matches() && !isExactLabel(line)) {
            return false; // a label word, a space and more: a value on its line ("งบประมาณ พ.ศ. ๒๕๖๘"), not a label alone
        }
        String key = COLON_AT_END.matcher(line.replace(" ", "")).replaceFirst("");
        return WORDS.stream().anyMatch(key::startsWith) && roleOf(key).filter(r -> r != ColumnRole.MEASURE).isPresent();
    }

    /** A line that is a label word and nothing more ("ระยะเวลาดำเนินการ", "งบประมาณ (บาท)"). */
    static boolean isExactLabel(String line) {
        return EXACT.matcher(line.strip()).matches();
    }
}
