package org.itaminer.extract.measure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a header cell's words to a {@link ColumnRole}. Headers in the genre vary ("ระยะเวลา ดำเนินการ",
 * "การติดตามผล การดำเนินการ", "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม", "สถิติการกระทำผิด ความรับผิด
 * ทางละเมิด/อาญา" ...), and several contain another role's words ("ผลการดำเนินการ" is inside
 * "การติดตามผลการดำเนินการ", "โครงการ" inside "วัตถุประสงค์ของโครงการ"), so rules are tried in a fixed
 * order, most specific first, on the header text with all white space removed.
 */
public final class HeaderVocabulary {

    /**
     * @param fallback the role a header takes when the table already has a column of {@code role}
     *                 (a bare "กิจกรรม" beside "แผนงาน/โครงการ" lists the project's activities: its steps)
     */
    private record Rule(ColumnRole role, List<String> words, Optional<ColumnRole> fallback, long[] masks) {
        Rule(ColumnRole role, List<String> words, Optional<ColumnRole> fallback) {
            this(role, words, fallback, words.stream().flatMapToLong(w -> java.util.stream.LongStream.of(
                    CharMask.low(w), CharMask.high(w))).toArray());
        }

        Rule(ColumnRole role, List<String> words) {
            this(role, words, Optional.empty());
        }

        /** The role its words name in {@code key}, when one of them is in it; its characters first, then the word. */
        boolean namedIn(String key, long keyLow, long keyHigh) {
            for (int i = 0; i < words.size(); i++) {
                if ((masks[2 * i] & ~keyLow) == 0 && (masks[2 * i + 1] & ~keyHigh) == 0 && key.contains(words.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The characters a text holds, folded into 128 bits (a Thai or ASCII character by its low seven bits): a word
     * whose bits are not all among a header's is not in it, so most words are ruled out without a search.
     */
    private static final class CharMask {
        private CharMask() {
        }

        static long low(String s) {
            long bits = 0;
            for (int i = 0; i < s.length(); i++) {
                int b = s.charAt(i) & 0x7F;
                bits |= b < 64 ? 1L << b : 0;
            }
            return bits;
        }

        static long high(String s) {
            long bits = 0;
            for (int i = 0; i < s.length(); i++) {
                int b = s.charAt(i) & 0x7F;
                bits |= b >= 64 ? 1L << (b - 64) : 0;
            }
            return bits;
        }
    }

    /** The longest header seen in the genre is about 50 characters without spaces. */
    private static final int MAX_HEADER_CHARS = 60;
    private static final java.util.regex.Pattern NUMBERED_ITEM = java.util.regex.Pattern.compile("\\(?\\d{1,3}(?:\\.\\d{1,2})*\\s*[.)]");

    /** The options a status column is split into under a spanning header, each a header of its own. */
    private static final java.util.Set<String> STATUS_OPTIONS = java.util.Set.of("ดำเนินการแล้ว", "ยังไม่ได้ดำเนินการ",
            "ยังมิได้ดำเนินการ", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "แล้วเสร็จ", "ไม่แล้วเสร็จ", "ดำเนินการ", "ไม่ได้ดำเนินการ");

    /** Order matters: the first rule with a word found in the header wins. */
    private static final List<Rule> RULES = List.of(
            // "สถานะการดำเนินการจัดการความเสี่ยง"
            new Rule(ColumnRole.STATUS, List.of("สถานะ", "status")),
            new Rule(ColumnRole.MONITORING, List.of("การติดตาม", "ติดตามผล", "กำกับติดตาม", "ติดตามและประเมินผล",
                    /* wider genre: */ "ติดตาม", "การรายงานผล")),
            new Rule(ColumnRole.OBJECTIVE, List.of("วัตถุประสงค์", "objective")),
            new Rule(ColumnRole.TARGET_GROUP, List.of("กลุ่มเป้าหมาย", "กลุ่มผู้รับบริการ", "targetgroup")),
            new Rule(ColumnRole.STATISTICS, List.of("สถิติ", "statistic")),
            new Rule(ColumnRole.REMARK, List.of("หมายเหตุ", "remark", "note")),
            new Rule(ColumnRole.KPI, List.of("ตัวชี้วัด", "ค่าเป้าหมาย", "เป้าหมาย", "kpi", "indicator")),
            new Rule(ColumnRole.OUTCOME, List.of("ผลลัพธ์", "ผลสัมฤทธิ์", "ความสำเร็จ", "outcome",
                    /* wider genre: */ "ผลที่คาดว่าจะได้รับ", "ผลที่คาดหวัง")),
            new Rule(ColumnRole.RECOMMENDATION, List.of("ข้อเสนอแนะ", "ข้อเสนอ", "recommendation")),
            new Rule(ColumnRole.RESPONSIBLE, List.of("ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "หน่วยงานที่รับผิดชอบ",
                    "ผู้ดำเนินการ", "หน่วยงานดำเนินการ", "ส่วนราชการที่รับผิดชอบ", "responsible",
                    /* wider genre: */ "รับผิดชอบ", "ผู้ปฏิบัติ", "หน่วยงาน", "เจ้าภาพ", "ผู้รับผิด")),
            new Rule(ColumnRole.PERIOD, List.of("ระยะเวลา", "ห้วงเวลา", "ช่วงเวลา", "กำหนดเวลา", "วันเวลา", "ระยะดำเนินการ",
                    /* wider genre: */ "กรอบเวลา", "เวลาดำเนินการ", "ห้วง", "period")),
            new Rule(ColumnRole.RESULT, List.of("ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลการปฏิบัติ", "สรุปผล",
                    "ผลการจัดทำ", "ผลดำเนินการ", "result", /* wider genre: */ "ผลที่ได้", "ผลการดำเนิน")),
            new Rule(ColumnRole.BUDGET, List.of("งบประมาณ", "budget", /* wider genre: */ "จำนวนเงิน", "ค่าใช้จ่าย")),
            new Rule(ColumnRole.STEPS, List.of("วิธีการดำเนินการ", "วิธีดำเนินการ", "ขั้นตอน", "วิธีการปฏิบัติ",
                    "วิธีปฏิบัติ", "แนวทางการดำเนินการ", "แนวทางดำเนินการ", "แนวทางปฏิบัติ", "การดำเนินการ", "กิจกรรมที่ดำเนินการ",
                    /* wider genre: */ "กระบวนการดำเนินงาน", "การดำเนินงาน")),
            new Rule(ColumnRole.MEASURE, List.of("มาตรการ", "แนวทาง", "โครงการ", "แผนงาน", "measure")),
            new Rule(ColumnRole.MEASURE, List.of("กิจกรรม"), Optional.of(ColumnRole.STEPS)),
            // after the measure words: "มาตรการควบคุมความเสี่ยงการทุจริต" is the control measure, not the risk
            new Rule(ColumnRole.RISK, List.of("เหตุการณ์ความเสี่ยง", "ประเด็นความเสี่ยง", "ความเสี่ยงการทุจริต",
                    "โอกาส/ความเสี่ยง", "รูปแบบความเสี่ยง", "ปัจจัยเสี่ยง", "risk")),
            // after the measure and risk words: "ประเด็นยุทธศาสตร์" is a strategy, "ประเด็นความเสี่ยง" a risk
            new Rule(ColumnRole.STRATEGY, List.of("ยุทธศาสตร์", "กลยุทธ", "มิติ", "strategy")),
            // "ประเด็นที่ต้องแก้ไข/ปรับปรุง" heads an indicator-score table's comments, not a measure table's column
            new Rule(ColumnRole.ISSUE, List.of("ประเด็นปัญหา", "ประเด็นการพัฒนา", "issue")),
            new Rule(ColumnRole.NUMBER, List.of("ข้อที่", "ลำดับที่", "ลำดับ")));

    private HeaderVocabulary() {
    }

    /**
     * @param header a header cell's normalized text
     * @return the role its words name, or empty when the words are not in the vocabulary
     */
    public static Optional<ColumnRole> roleOf(String header) {
        List<ColumnRole> roles = rolesOf(header);
        return roles.isEmpty() ? Optional.empty() : Optional.of(roles.get(0));
    }

    /**
     * @param header a header cell's normalized text
     * @return the role its words name followed by the role it takes when that one is already taken;
     *         empty when the words are not in the vocabulary
     */
    public static List<ColumnRole> rolesOf(String header) {
        String key = withoutWhiteSpace(header, MAX_HEADER_CHARS);
        if (key == null) {
            return List.of(); // measure cells are long: every row is asked, so stop counting early
        }
        key = lowerCase(key);
        // a header is a short label, never a numbered item: "2. โครงการเผยแพร่..." is a measure cell that
        // happens to hold the word โครงการ, and a row of such cells must not pass for a header
        if (key.isEmpty() || key.length() > MAX_HEADER_CHARS || mayBeNumbered(key) && NUMBERED_ITEM.matcher(key).lookingAt()) {
            return List.of();
        }
        if (key.equals("ที่") || key.equals("no.") || key.equals("ข้อ")) {
            return List.of(ColumnRole.NUMBER);
        }
        if (key.equals("ประเด็น")) {
            return List.of(ColumnRole.ISSUE);
        }
        if (STATUS_OPTIONS.contains(key)) {
            return List.of(ColumnRole.STATUS); // only alone: a result cell may say "ดำเนินการแล้ว เสร็จ 100%"
        }
        long low = CharMask.low(key);
        long high = CharMask.high(key);
        for (Rule rule : RULES) {
            if (rule.namedIn(key, low, high)) {
                return rule.fallback().map(f -> List.of(rule.role(), f)).orElseGet(() -> List.of(rule.role()));
            }
        }
        return List.of();
    }

    /** True when a header names one option of a status ("ดำเนินการแล้ว", "ยังมิได้ ดำเนินการ"). */
    public static boolean isStatusOption(String header) {
        String key = withoutWhiteSpace(header, MAX_HEADER_CHARS);
        return key != null && STATUS_OPTIONS.contains(key);
    }

    /** {@code s} in lower case; Thai text (most headers) has no case and comes back as is, without a copy. */
    private static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean caseless = c >= '\u0E00' && c <= '\u0E7F' || c < 'A' || c > 'Z' && c < 0x80;
            if (!caseless) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /** Whether a key may open with a number ({@link #NUMBERED_ITEM}): it starts with a digit or a bracket. */
    private static boolean mayBeNumbered(String key) {
        char c = key.charAt(0);
        return c == '(' || c >= '0' && c <= '9';
    }

    /** {@code s} without white space, or null when that is longer than {@code limit}. */
    private static String withoutWhiteSpace(String s, int limit) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), limit + 1));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                if (out.length() == limit) {
                    return null;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
