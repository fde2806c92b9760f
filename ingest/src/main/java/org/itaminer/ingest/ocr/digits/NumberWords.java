package org.itaminer.ingest.ocr.digits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.ingest.ocr.Box;
import org.itaminer.ingest.ocr.Symbol;

/**
 * Words of an OCR line that are numbers the engine wrote in other characters (เลขข้อที่อ่านเป็นอักษรอื่น), and
 * symbols the engine joined across a number's edge. A table of measures numbers its rows and steps (๗. ๑๑.
 * ๑.๖)), and where the Thai model lacks the digit, the engine writes the number as a Latin word ("ol," "oo)"
 * "«."), as a rare Thai letter (ฆ or ญ for ๗, ฒ), or joins a digit with the bracket or full stop next to it
 * ("(๕", "๐.") so that the digit is written twice once the number is read again.
 */
final class NumberWords {

    /** Thai letters the engine writes for a digit it lacks, and that no Thai word or abbreviation is alone. */
    static final String LETTER_LOOKALIKES = "ฆญฒ";
    /** Characters that may stand for a digit in an item-number word. */
    private static final String LOOK = "๐-๙a-zA-Z0-9«»" + LETTER_LOOKALIKES;
    /** An item number: one to three digits, up to two more levels after a full stop, and what ends it. */
    private static final Pattern ITEM = Pattern.compile("([" + LOOK + "]{1,3}(?:\\.[" + LOOK + "]{1,3}){0,2})([.,)\\-]?)");
    /** Characters a symbol may join to a Thai digit: splitting them apart changes no text. */
    private static final String JOINED = "()[].,:;-/";

    private NumberWords() {
    }

    /**
     * An item number in lookalikes: its symbols one per character, the number's and the rest (its full stop,
     * comma, bracket or dash).
     */
    record Item(List<Symbol> number, List<Symbol> rest) {
    }

    /**
     * The word as an item number in lookalikes, when it is one: the whole word has an item number's form, it
     * holds a character the digit runs do not take (a Latin letter, an Arabic digit, a Thai letter lookalike),
     * and it ends in a full stop, comma, bracket or dash unless it has a Thai lookalike letter ("๒๕๖ ฆ" is
     * ๒๕๖ ๗). A Latin word alone ("No", "to") is left: only the image could tell, and the image of "o" is ๐.
     */
    static Optional<Item> item(List<Symbol> word) {
        StringBuilder text = new StringBuilder();
        word.forEach(s -> text.append(s.text()));
        Matcher m = ITEM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        boolean thaiLookalike = number.chars().anyMatch(c -> LETTER_LOOKALIKES.indexOf(c) >= 0);
        boolean foreign = number.chars().anyMatch(c -> c != '.' && (c < '๐' || c > '๙'));
        if (!foreign || m.group(2).isEmpty() && !thaiLookalike) {
            return Optional.empty();
        }
        List<Symbol> chars = new ArrayList<>();
        word.forEach(s -> chars.addAll(split(s)));
        return Optional.of(new Item(chars.subList(0, number.length()), chars.subList(number.length(), chars.size())));
    }

    /**
     * The line with every symbol that joins a digit to punctuation split one per character: one holding a Thai
     * digit ("(๕", "๐."), or Arabic digits right after a Thai digit ("๑" then ".9)" for ๑.๖)), so that the digit
     * belongs to its number and the punctuation stays beside it.
     */
    static List<Symbol> splitJoined(List<Symbol> line) {
        List<Symbol> out = new ArrayList<>(line.size());
        for (Symbol s : line) {
            String t = s.text();
            boolean afterThaiDigit = !s.spaceBefore() && !out.isEmpty()
                    && thaiDigit(last(out.get(out.size() - 1).text()));
            boolean digitsAndPunctuation = t.length() > 1
                    && t.chars().allMatch(c -> thaiDigit(c) || arabicDigit(c) || JOINED.indexOf(c) >= 0);
            boolean joined = digitsAndPunctuation && (t.chars().anyMatch(NumberWords::thaiDigit)
                    || afterThaiDigit && t.chars().anyMatch(NumberWords::arabicDigit));
            if (joined) {
                out.addAll(split(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static int last(String text) {
        return text.isEmpty() ? -1 : text.charAt(text.length() - 1);
    }

    static boolean thaiDigit(int c) {
        return c >= '๐' && c <= '๙';
    }

    static boolean arabicDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A symbol one per character, its box cut in equal widths (the engine gives no finer boxes; the glyphs are
     * found again in the image, so the cuts need only fall near them). A full stop or comma gets a narrow share.
     */
    static List<Symbol> split(Symbol s) {
        String t = s.text();
        if (t.length() <= 1) {
            return List.of(s);
        }
        double[] weight = new double[t.length()];
        double total = 0;
        for (int k = 0; k < t.length(); k++) {
            weight[k] = ".,:;".indexOf(t.charAt(k)) >= 0 ? 0.4 : 1;
            total += weight[k];
        }
        Box b = s.box();
        List<Symbol> out = new ArrayList<>(t.length());
        double x = b.left();
        for (int k = 0; k < t.length(); k++) {
            double next = x + b.width() * weight[k] / total;
            int left = (int) Math.round(x);
            int right = Math.max(left + 1, (int) Math.round(next));
            out.add(new Symbol(String.valueOf(t.charAt(k)), new Box(left, b.top(), right, b.bottom()), s.confidence(),
                    k == 0 && s.spaceBefore()));
            x = next;
        }
        return out;
    }

    /** The end (exclusive) of the word starting at {@code start}: the next symbol after a space or a wide gap. */
    static int wordEnd(List<Symbol> line, int start, double wide) {
        int end = start + 1;
        while (end < line.size() && !line.get(end).spaceBefore()
                && line.get(end).box().left() - line.get(end - 1).box().right() <= wide) {
            end++;
        }
        return end;
    }
}
