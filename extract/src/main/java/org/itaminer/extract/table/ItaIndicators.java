package org.itaminer.extract.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the genre writes about the ITA's own indicators: their names (the ten of the 2564–2568 framework
 * and their variants), the tools that measure them and the scores given to them. Used to tell an
 * indicator-score table from a measure table whose measures are named after an indicator.
 */
public final class ItaIndicators {

    /** Names of the ITA indicators, as agencies write them. */
    private static final List<String> NAMES = List.of("การปฏิบัติหน้าที่", "การใช้งบประมาณ", "การใช้อำนาจ",
            "การใช้ทรัพย์สินของราชการ", "การใช้ทรัพย์สินของทางราชการ", "การแก้ไขปัญหาการทุจริต", "คุณภาพการดำเนินงาน",
            "ประสิทธิภาพการสื่อสาร", "การปรับปรุงการทำงาน", "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
            "การป้องกันการทุจริต");
    /** A score out of 100 as printed beside an indicator: "99.71", "85 คะแนน". */
    private static final Pattern SCORE = Pattern.compile(
            "(?<![\\d.])(\\d{1,3}\\.\\d{1,2})(?![\\d.])|(?<![\\d.])(\\d{1,3})\\s*คะแนน");
    /** "ตัวชี้วัดที่ 9 ...", white space taken out. */
    private static final Pattern NUMBERED_INDICATOR = Pattern.compile("^(?:ตัวชี้วัดที่)\\d{1,2}.*");
    private static final Pattern TOOL_CODE = Pattern.compile("\\b(IIT|EIT|OIT)\\b");

    /** The tool a text names, by its code or by the Thai name of its form. */
    public enum Tool {
        IIT("ภายใน"), EIT("ภายนอก"), OIT("เปิดเผยข้อมูลสาธารณะ");

        private final String thaiWord;

        Tool(String thaiWord) {
            this.thaiWord = thaiWord;
        }

        /**
         * The tool a short text names: a code (IIT, "(EIT)") or the Thai name of its form
         * ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"); empty when it names none.
         */
        public static Optional<Tool> in(String text) {
            Matcher m = TOOL_CODE.matcher(text);
            if (m.find()) {
                return Optional.of(valueOf(m.group(1)));
            }
            String squeezed = Squeezed.of(text);
            if (squeezed.contains("แบบวัด") || squeezed.contains("ผู้มีส่วนได้")) {
                for (Tool t : values()) {
                    if (squeezed.contains(t.thaiWord)) {
                        return Optional.of(t);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private ItaIndicators() {
    }

    /** Whether a text names an ITA indicator ("2. การใช้งบประมาณ", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล"). */
    public static boolean namesIndicator(String text) {
        String squeezed = Squeezed.of(text);
        return NUMBERED_INDICATOR.matcher(squeezed).matches() || NAMES.stream().anyMatch(squeezed::contains);
    }

    /** Whether a name begins with one of the ITA indicators' names. */
    public static boolean isKnownName(String name) {
        String squeezed = Squeezed.of(name);
        return NAMES.stream().anyMatch(squeezed::startsWith);
    }

    /**
     * The score a short text gives (0–100), or empty. The text may be a row's cells joined by " | "; a number
     * that opens a cell and is followed by words ("1.1 เผยแพร่ผลการพิจารณา...") numbers an item, it is no score.
     */
    public static Optional<Double> score(String text) {
        Matcher m = SCORE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && itemNumber(text, m.start(), m.end())) {
                continue;
            }
            double v = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
            if (v <= 100) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Whether the number at [start, end) opens a cell and words other than คะแนน follow it. */
    private static boolean itemNumber(String text, int start, int end) {
        String before = text.substring(0, start).stripTrailing();
        if (!before.isEmpty() && !before.endsWith("|")) {
            return false;
        }
        Matcher words = ITEM_WORDS.matcher(text).region(end, text.length());
        return words.lookingAt();
    }

    /** Words after an item's number: a letter that does not begin คะแนน. */
    private static final Pattern ITEM_WORDS = Pattern.compile("\\s+(?!คะแนน)[ก-ฮเ-ไA-Za-z]");
}
