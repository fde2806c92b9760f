package org.itaminer.extract.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a how-to cell into its top-level numbered items, numbers removed: "1. แต่งตั้ง... 2. จัดประชุม..."
 * → ["แต่งตั้ง...", "จัดประชุม..."]. Only a run counting up from 1 splits (one lost number may be
 * skipped), so "ปีละ 2 ครั้ง", "พ.ศ. 2566." or "08.30 น." never do; "(1) ... (2) ..." splits as well; sub-items (1.1), 2.1.1)) and
 * "- " bullets stay inside their item. Text before item 1 is an item of its own; a cell with no
 * numbers is one item.
 */
public final class StepSplitter {

    /**
     * A 1–2 digit number followed by "." or ")" and not by another digit, not preceded by a digit, dot or Latin
     * letter; "(1)" whole, so its bracket does not stay behind on the item before.
     */
    private static final Pattern MARKER = Pattern.compile("(?<![\\d.A-Za-z(])\\(?(\\d{1,2})\\s?[.)](?!\\d)");

    private StepSplitter() {
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<int[]> cuts = new ArrayList<>(); // {markerStart, contentStart}
        int expected = 1;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean accept = cuts.isEmpty() ? n == 1 : (n == expected || n == expected + 1);
            if (accept) {
                cuts.add(new int[] {m.start(), m.end()});
                expected = n + 1;
            }
        }
        List<String> items = new ArrayList<>();
        if (cuts.isEmpty()) {
            items.add(text.strip());
            return items;
        }
        addIfText(items, text.substring(0, cuts.get(0)[0]));
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : text.length();
            addIfText(items, text.substring(cuts.get(i)[1], end));
        }
        return items;
    }

    private static void addIfText(List<String> items, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            items.add(t);
        }
    }
}
