package org.itaminer.extract.table;

import org.itaminer.extract.measure.HeaderVocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a status cell of a report form as the words of the option that is ticked. Forms print status in
 * two ways:
 * <ul>
 *   <li>one column per option under a spanning header ("ดำเนินการแล้ว" | "ยังมิได้ดำเนินการ"), the cell of
 *       the chosen one holding a tick ("/", "✓", "X"): the status is that column's header;</li>
 *   <li>one cell listing every option behind a box ("☐ ยังไม่ได้ดำเนินการ ☑ เฝ้าระวังและติดตามต่อเนื่อง ☐ ..."):
 *       the status is the text of the ticked option(s).</li>
 * </ul>
 * Word-processor forms draw the boxes with symbol fonts, whose glyphs come out of the PDF as private-use
 * characters U+F000–U+F0FF (Wingdings U+F0A8 ☐, U+F0FE ☑; Wingdings 2 U+F0A3 ☐, U+F052 ☑ ...). What a
 * glyph means depends on the font, so a box that differs from all the others in its cell is the ticked
 * one; only when that does not decide are the known ticked glyphs (☑ ☒ ■ ✓ ✔ and their symbol-font
 * places) taken. A cell with words and no boxes is its own status.
 */
public final class StatusMarks {

    /** A tick alone in an option column. */
    private static final Pattern TICK = Pattern.compile("^(?:[/\\\\✓✔√✗✘xX☑☒■●]|[\\uF000-\\uF0FF])$");
    private static final String TICKED = "☑☒■▣◼✓✔✗✘\uF0FE\uF0FD\uF0FC\uF078\uF06E\uF050\uF051\uF052\uF053\uF054";
    private static final String UNTICKED = "☐□▢◻❑❒\uF0A8\uF06F\uF071\uF0A3\uF02A";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\s*[.…_]{3,}\\s*");

    private StatusMarks() {
    }

    /**
     * @param header the column's header ("ดำเนินการแล้ว", "สถานะการดำเนินการ...")
     * @param cell the cell's text
     * @return the status the cell gives, or empty when it gives none (an option column left blank, a box
     *         list with nothing ticked)
     */
    public static Optional<String> read(String header, String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (TICK.matcher(text).matches()) {
            // the option's words as the vocabulary knows them: "ดำเนินการ แล้ว" wrapped in a narrow header
            return HeaderVocabulary.isStatusOption(header) ? Optional.of(Squeezed.of(header)) : Optional.empty();
        }
        List<Map.Entry<Character, String>> options = options(text);
        if (options.size() < 2) {
            return Optional.of(text);
        }
        List<String> ticked = new ArrayList<>();
        char odd = oddOneOut(options);
        for (Map.Entry<Character, String> option : options) {
            boolean on = odd != 0 ? option.getKey() == odd : TICKED.indexOf(option.getKey()) >= 0;
            if (on && !option.getValue().isEmpty()) {
                ticked.add(option.getValue());
            }
        }
        return ticked.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", ticked));
    }

    /** The options behind boxes, in order: each box glyph with the words up to the next box. */
    private static List<Map.Entry<Character, String>> options(String text) {
        List<Map.Entry<Character, String>> options = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isBox(text.charAt(i))) {
                if (start >= 0) {
                    String words = PLACEHOLDER.matcher(text.substring(start + 1, i)).replaceAll(" ").strip();
                    options.add(Map.entry(text.charAt(start), words));
                }
                start = i;
            }
        }
        return options;
    }

    /** The one glyph that differs from all the other boxes of the cell, or 0 when none does. */
    private static char oddOneOut(List<Map.Entry<Character, String>> options) {
        Map<Character, Integer> counts = new LinkedHashMap<>();
        options.forEach(o -> counts.merge(o.getKey(), 1, Integer::sum));
        if (counts.size() != 2) {
            return 0;
        }
        List<Map.Entry<Character, Integer>> two = new ArrayList<>(counts.entrySet());
        int a = two.get(0).getValue();
        int b = two.get(1).getValue();
        if (a == b) {
            return 0;
        }
        return a < b ? two.get(0).getKey() : two.get(1).getKey();
    }

    private static boolean isBox(char c) {
        return c >= '\uF000' && c <= '\uF0FF' || TICKED.indexOf(c) >= 0 || UNTICKED.indexOf(c) >= 0;
    }
}
