package org.itaminer.index.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits query text into its chunks. Text in double quotes ({@code "…"} or {@code “…”}) is one quoted chunk: a phrase
 * that must occur as written. Outside quotes, Thai writes no spaces between words, so a space in a Thai query
 * separates ideas ("บ่อหิน ร้องเรียน" = both); a space between two Latin-script words does not ("No Gift Policy" is
 * one chunk, so that a synonym of several words is seen whole). So unquoted text is cut at white space next to a
 * non-Latin character. An unquoted chunk's words are each required, anywhere ({@link MeasureQuery}). A quote left
 * open is read as if it were closed at the end.
 */
final class QueryChunks {

    /**
     * One chunk of a query.
     *
     * @param text its words as typed, without the quotes
     * @param quoted whether it was in double quotes: a phrase
     */
    record Chunk(String text, boolean quoted) {
    }

    private QueryChunks() {
    }

    /** The chunks' texts, quoted or not (for tests and tools that do not tell them apart). */
    static List<String> texts(String query) {
        return split(query).stream().map(Chunk::text).toList();
    }

    static List<Chunk> split(String query) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (isQuote(c)) {
                int end = i + 1;
                while (end < query.length() && !isQuote(query.charAt(end))) {
                    end++;
                }
                unquoted(plain.toString(), out);
                plain.setLength(0);
                String phrase = query.substring(i + 1, end).strip().replaceAll("\\s+", " ");
                if (!phrase.isEmpty()) {
                    out.add(new Chunk(phrase, true));
                }
                i = end + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        unquoted(plain.toString(), out);
        return out;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static void unquoted(String text, List<Chunk> out) {
        String[] words = text.strip().split("\\s+");
        StringBuilder current = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && latinEnd(current) && latinStart(w)) {
                current.append(' ').append(w);
            } else {
                if (current.length() > 0) {
                    out.add(new Chunk(current.toString(), false));
                }
                current.setLength(0);
                current.append(w);
            }
        }
        if (current.length() > 0) {
            out.add(new Chunk(current.toString(), false));
        }
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
