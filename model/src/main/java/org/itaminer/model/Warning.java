package org.itaminer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something a reader of a document should check: what kind of thing it is, the page it is on (when it is on
 * one) and the sentence that says it. In JSON a warning is that sentence alone (schema v1 keeps warnings as
 * strings); reading one back recognizes its kind and page from the sentence.
 *
 * @param kind what kind of thing is wrong
 * @param page the page (1-based) it is on; empty for the whole document
 * @param text the sentence a person reads
 */
public record Warning(Kind kind, OptionalInt page, String text) {

    private static final Pattern PAGE_FIRST = Pattern.compile("^page (\\d+)\\b");

    public Warning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(text, "text");
    }

    /** What a warning is about. */
    public enum Kind {
        /** A page, or every page, has no usable text layer and needs OCR. */
        NEEDS_OCR("need(s)? OCR"),
        /** The bytes of a file were damaged and read only in part, or repaired. */
        DAMAGED("^damaged|damaged\\b"),
        /** The text's character encoding was not declared and had to be guessed. */
        ENCODING_GUESSED("^text encoding guessed"),
        /** The document gives two different values for the same thing. */
        CONFLICTING_VALUES("score differs"),
        /** A plan or report in which no measure was found. */
        NO_MEASURES("^no measures found"),
        /** Two measures carry the same number. */
        DUPLICATE_NUMBER("^two measures are numbered"),
        /** No publishing agency was found. */
        NO_AGENCY("^no agency name found"),
        /**
         * A table cell read by OCR with low confidence whose text went into a measure's fields (ช่องตารางที่อ่านได้ไม่แน่ใจ);
         * before {@link #LOW_CONFIDENCE}, whose sentences begin alike.
         */
        LOW_CONFIDENCE_CELL("low OCR confidence in (a cell|\\d+ more cells)"),
        /** A page read by OCR whose words the engine was often unsure of. */
        LOW_CONFIDENCE("low OCR confidence"),
        /** Numbers on a page read by OCR whose Thai digits could not be trusted (ตัวเลขไทยที่ไม่แน่ใจ). */
        UNSURE_DIGITS("unsure Thai digits"),
        /** The crawl manifest names another agency, place, type or year than the document (ตรงกับบัญชีรายชื่อไม่ได้). */
        MANIFEST_DISAGREES("^the manifest says"),
        /** Anything else. */
        OTHER("$^");

        private final Pattern sentence;

        Kind(String sentence) {
            this.sentence = Pattern.compile(sentence);
        }

        /** The kind whose sentences look like {@code text}; {@link #OTHER} when none does. */
        static Kind of(String text) {
            for (Kind k : values()) {
                if (k.sentence.matcher(text).find()) {
                    return k;
                }
            }
            return OTHER;
        }
    }

    /** A warning about the whole document. */
    public static Warning of(Kind kind, String text) {
        return new Warning(kind, OptionalInt.empty(), text);
    }

    /** A warning about one page. */
    public static Warning onPage(Kind kind, int page, String text) {
        return new Warning(kind, OptionalInt.of(page), text);
    }

    /** A warning read back from its sentence (JSON, an older report): kind and page recognized from the words. */
    @JsonCreator
    public static Warning read(String text) {
        Matcher m = PAGE_FIRST.matcher(text);
        OptionalInt page = m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        return new Warning(Kind.of(text), page, text);
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
