package org.itaminer.index.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits query text into the parts that must each occur as a phrase. Thai writes no spaces between words, so a
 * space in a Thai query separates ideas ("บ่อหิน ร้องเรียน" = both); a space between two Latin-script words does
 * not ("No Gift Policy" is one phrase). So the text is cut at white space next to a non-Latin character.
 */
final class QueryChunks {

    private QueryChunks() {
    }

    static List<String> split(String query) {
        List<String> out = new ArrayList<>();
        String[] words = query.strip().split("\\s+");
        StringBuilder current = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && latinEnd(current) && latinStart(w)) {
                current.append(' ').append(w);
            } else {
                if (current.length() > 0) {
                    out.add(current.toString());
                }
                current.setLength(0);
                current.append(w);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean latinEnd(CharSequence s) {
        return isLatin(Character.codePointBefore(s, s.length()));
    }

    private static boolean latinStart(String s) {
        return isLatin(s.codePointAt(0));
    }

    private static boolean isLatin(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
