package org.itaminer.thai;

/**
 * Repairs the order of Thai combining marks as PDF text layers store them. Combining marks here
 * are U+0E31 and U+0E34–U+0E3A (upper and lower vowels) and U+0E47–U+0E4E (MAITAIKHU, tone marks,
 * THANTHAKHAT, NIKHAHIT, YAMAKKAN). Three rules:
 *
 * <ol>
 * <li>White space directly before a combining mark is removed when the character before the white
 *     space is Thai (U+0E01–U+0E5B): "ช ่" → "ช่". A run of several white space characters counts
 *     as one, so that {@link WhitespaceCollapser} and {@link LineWrapSpaceJoiner} can never bring a
 *     mark back next to its base later. A space before a <em>consonant</em> ("ตัวชี้วั ด") is not
 *     this filter's business.</li>
 * <li>A tone mark U+0E48–U+0E4B stored before an upper or lower vowel (U+0E31, U+0E34–U+0E3A,
 *     U+0E47) moves after it: "ก่ิ" → "กิ่".</li>
 * <li>A combining mark immediately repeated is kept once: "กิิ" → "กิ".</li>
 * </ol>
 *
 * Rules 2 and 3 are applied to each run of combining marks until none applies.
 */
public final class CombiningMarkOrderer implements TextFilter {

    @Override
    public String apply(String text) {
        if (isCanonical(text)) {
            return text; // most text: one read-only scan, no copy
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (ThaiChars.isWhiteSpace(c)) {
                int end = i + 1;
                while (end < n && ThaiChars.isWhiteSpace(text.charAt(end))) {
                    end++;
                }
                boolean thaiBefore = out.length() > 0 && ThaiChars.isThai(out.charAt(out.length() - 1));
                boolean markAfter = end < n && ThaiChars.isCombiningMark(text.charAt(end));
                if (!(thaiBefore && markAfter)) {
                    out.append(text, i, end);
                }
                i = end;
            } else if (ThaiChars.isCombiningMark(c)) {
                int end = i + 1;
                while (end < n && ThaiChars.isCombiningMark(text.charAt(end))) {
                    end++;
                }
                // marks already written (before removed white space) belong to the same run
                int runStart = out.length();
                while (runStart > 0 && ThaiChars.isCombiningMark(out.charAt(runStart - 1))) {
                    runStart--;
                }
                out.append(text, i, end);
                canonicalize(out, runStart);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.length() == n && out.toString().equals(text) ? text : out.toString();
    }

    /** Applies rules 2 and 3 to the combining marks {@code out[from..]} until neither applies. */
    private static void canonicalize(StringBuilder out, int from) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = from; k + 1 < out.length(); k++) {
                char a = out.charAt(k);
                char b = out.charAt(k + 1);
                if (a == b) {
                    out.deleteCharAt(k + 1);
                    changed = true;
                } else if (ThaiChars.isToneMark(a) && ThaiChars.isAboveOrBelowVowel(b)) {
                    out.setCharAt(k, b);
                    out.setCharAt(k + 1, a);
                    changed = true;
                }
            }
        }
    }

    /** Whether none of the three rules applies anywhere in {@code text}. */
    static boolean isCanonical(String text) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (!ThaiChars.isCombiningMark(c)) {
                continue;
            }
            char before = text.charAt(i - 1);
            if (ThaiChars.isWhiteSpace(before)) {
                int k = i - 1;
                while (k > 0 && ThaiChars.isWhiteSpace(text.charAt(k - 1))) {
                    k--;
                }
                if (k > 0 && ThaiChars.isThai(text.charAt(k - 1))) {
                    return false; // rule 1
                }
            } else if (before == c || (ThaiChars.isToneMark(before) && ThaiChars.isAboveOrBelowVowel(c))) {
                return false; // rules 3 and 2
            }
        }
        return true;
    }
}
