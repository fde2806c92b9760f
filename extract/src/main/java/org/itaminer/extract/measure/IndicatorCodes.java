package org.itaminer.extract.measure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the ITA indicator and tool codes a text cites: O1–O99 (open data, OIT items), E1–E99 (EIT),
 * I1–I99 (IIT) and the tools IIT, EIT, OIT. "ITA" (the assessment itself) and other acronyms are not codes.
 * Documents type item codes in lower case too ("o36", "ตัวชี้วัด o37"); codes come out upper-case.
 */
public final class IndicatorCodes {

    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9])(IIT|EIT|OIT|[OEIoei]\\d{1,2})(?![A-Za-z0-9])");

    private IndicatorCodes() {
    }

    /** The codes in order of first appearance, without duplicates. */
    public static List<String> find(String... texts) {
        Set<String> codes = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || !hasCodeLetter(text)) {
                continue; // the regex's look-behind at every position of a long Thai text is the cost saved
            }
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                codes.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return List.copyOf(codes);
    }

    /** Whether a code letter (O, E, I in either case) is directly followed by a digit somewhere. */
    private static boolean hasCodeLetter(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'O', 'E', 'I', 'o', 'e', 'i' -> {
                    char next = text.charAt(i + 1);
                    if ((next >= '0' && next <= '9') || next == 'I' || next == 'E') {
                        return true; // a code, or the start of IIT / EIT / OIT
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }
}
