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
        if (text == null) {
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
    }
}
