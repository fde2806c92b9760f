package org.itaminer.extract.period;

import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The twelve Thai month names (ชื่อเดือน) with their full forms (มกราคม … ธันวาคม), their usual
 * abbreviations (ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.), the spoken short
 * forms without the ending -าคม/-ายน (มกรา, กุมภา …) and misspellings seen in documents
 * (กรกฏาคม with ฏ U+0E0F, กุมภาพันธ without the karan, พฤษภาคม as พฤศภาคม …).
 *
 * <p>Abbreviations are matched with spaces around their dots ("ม. ค.") and without the final dot
 * ("ม.ค"). The committee abbreviations ก.ค.ศ. and ก.พ.ร. are not months.
 */
public enum ThaiMonth {
    JANUARY("ม.ค.", "มกราคม", "มกรา", "มกาคม"),
    FEBRUARY("ก.พ.", "กุมภาพันธ์", "กุมภาพันธ", "กุมภาพัน", "กุมพาพันธ์", "กุมภา"),
    MARCH("มี.ค.", "มีนาคม", "มีนา"),
    APRIL("เม.ย.", "เมษายน", "เมษา"),
    MAY("พ.ค.", "พฤษภาคม", "พฤศภาคม", "พฤษภา"),
    JUNE("มิ.ย.", "มิถุนายน", "มิถุนา"),
    JULY("ก.ค.", "กรกฎาคม", "กรกฏาคม", "กรกฎา", "กรกฏา"),
    AUGUST("ส.ค.", "สิงหาคม", "สิงหา"),
    SEPTEMBER("ก.ย.", "กันยายน", "กันยา"),
    OCTOBER("ต.ค.", "ตุลาคม", "ตุลา"),
    NOVEMBER("พ.ย.", "พฤศจิกายน", "พฤศจิกา", "พฤษจิกายน"),
    DECEMBER("ธ.ค.", "ธันวาคม", "ธันวา");

    /** One month name found in a text: {@code text.substring(start, end)} names {@code month}. */
    public record Mention(ThaiMonth month, int start, int end) {
        public Mention {
            Objects.requireNonNull(month, "month");
        }
    }

    private final String abbreviation;
    private final String fullName;
    private final List<String> names;

    ThaiMonth(String abbreviation, String fullName, String... otherNames) {
        this.abbreviation = abbreviation;
        this.fullName = fullName;
        this.names = Stream.concat(Stream.of(fullName), Stream.of(otherNames)).collect(Collectors.toUnmodifiableList());
    }

    /** The standard abbreviation, e.g. "ม.ค.". */
    public String abbreviation() {
        return abbreviation;
    }

    /** The full name, e.g. "มกราคม". */
    public String fullName() {
        return fullName;
    }

    /** The {@code java.time} month. */
    public Month toMonth() {
        return Month.of(ordinal() + 1);
    }

    /** The month numbered {@code number} (1 = มกราคม). */
    public static ThaiMonth of(int number) {
        if (number < 1 || number > 12) {
            throw new IllegalArgumentException("month number must be 1-12: " + number);
        }
        return values()[number - 1];
    }

    /**
     * Reads a text that is exactly one month name (surrounding spaces and a leading "เดือน" allowed).
     *
     * @return the month, or empty when the text is not a month name (also for null)
     */
    public static Optional<ThaiMonth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = Holder.WHOLE.matcher(text.strip());
        return m.matches() ? Optional.of(monthOf(m)) : Optional.empty();
    }

    /** Every month name in {@code text}, in order; an empty list for null or empty text. */
    public static List<Mention> findAll(CharSequence text) {
        List<Mention> found = new ArrayList<>();
        if (text == null || !Holder.mayName(text)) {
            return found;
        }
        Matcher m = Holder.ANY.matcher(text);
        while (m.find()) {
            found.add(new Mention(monthOf(m), m.start(), m.end()));
        }
        return List.copyOf(found);
    }

    /**
     * A regular expression matching any month name, with one capturing group per month named
     * {@code m1} … {@code m12}. Use {@link #monthOf(Matcher)} to read a match.
     */
    static String regex() {
        return Holder.REGEX;
    }

    /** The month a matcher of a pattern containing {@link #regex()} matched. */
    static ThaiMonth monthOf(Matcher matcher) {
        for (ThaiMonth month : values()) {
            if (matcher.group("m" + (month.ordinal() + 1)) != null) {
                return month;
            }
        }
        throw new IllegalStateException("matcher did not match a month: " + matcher);
    }

    /** Abbreviation "ม.ค." as a pattern allowing spaces round the dots and no final dot. */
    private static String abbreviationRegex(String abbreviation) {
        String[] parts = abbreviation.substring(0, abbreviation.length() - 1).split("\\.");
        String notCommittee = "(?!\\s*[ศร]\\s*\\.)(?!\\s*[ศร](?![\\u0E01-\\u0E4E]))";
        // with its final dot, or without one and not running into a Thai word or a dot
        return Pattern.quote(parts[0]) + "\\s*\\.\\s*" + Pattern.quote(parts[1])
                + "(?:\\s*\\." + notCommittee + "|(?!\\s*\\.)(?![\\u0E01-\\u0E4E]))";
    }

    private String alternatives() {
        String full = names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return "(?<m" + (ordinal() + 1) + ">" + full + "|" + abbreviationRegex(abbreviation) + ")";
    }

    /** Built on first use, after the constants exist. */
    private static final class Holder {
        static final String REGEX = Stream.of(values())
                .sorted(Comparator.comparingInt((ThaiMonth m) -> -m.fullName.length()))
                .map(ThaiMonth::alternatives)
                .collect(Collectors.joining("|", "(?:", ")"));
        static final Pattern ANY = Pattern.compile(REGEX);
        static final Pattern WHOLE = Pattern.compile("(?:เดือน\\s*)?" + REGEX);
        private static final int THAI_BLOCK = 0x0E00;
        private static final int THAI_BLOCK_SIZE = 0x80;
        /** Every name written out in full or short ("มกราคม", "มกรา"), all of them Thai words. */
        private static final List<String> NAMES = Stream.of(values()).flatMap(m -> m.names.stream()).distinct().toList();
        /** The names by their first character's place in the Thai block. */
        private static final String[][] NAMES_BY_FIRST = new String[THAI_BLOCK_SIZE][];

        static {
            for (int c = 0; c < THAI_BLOCK_SIZE; c++) {
                int first = THAI_BLOCK + c;
                String[] names = NAMES.stream().filter(n -> n.charAt(0) == first).toArray(String[]::new);
                NAMES_BY_FIRST[c] = names.length == 0 ? null : names;
            }
        }

        /** The last character before an abbreviation's first dot: ค of "ม.ค." is after ม, of "มี.ค." after ี. */
        private static final String BEFORE_DOT = Stream.of(values())
                .map(m -> m.abbreviation.substring(0, m.abbreviation.indexOf('.')))
                .map(p -> p.substring(p.length() - 1)).distinct().collect(Collectors.joining());

        /**
         * Whether {@link #ANY} can match in {@code text}: a name written out, or an abbreviation's first part
         * before a dot (spaces allowed between). Most text names no month; the pattern's alternatives are tried at
         * every character, so a text without either is ruled out by one look at each character instead.
         */
        static boolean mayName(CharSequence text) {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '.') {
                    int j = i - 1;
                    while (j >= 0 && isRegexSpace(text.charAt(j))) {
                        j--;
                    }
                    if (j >= 0 && BEFORE_DOT.indexOf(text.charAt(j)) >= 0) {
                        return true;
                    }
                    continue;
                }
                String[] names = c >= THAI_BLOCK && c < THAI_BLOCK + THAI_BLOCK_SIZE ? NAMES_BY_FIRST[c - THAI_BLOCK] : null;
                if (names != null) {
                    for (String name : names) {
                        if (regionMatches(text, i, name)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static boolean regionMatches(CharSequence text, int at, String name) {
            if (at + name.length() > text.length()) {
                return false;
            }
            for (int k = 0; k < name.length(); k++) {
                if (text.charAt(at + k) != name.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** White space as a regular expression's {@code \s} means it. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }
}
