package org.itaminer.index.reconcile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.itaminer.model.report.Agency;

/**
 * An agency as the same agency in its plan and in its report: the name and the province, normalised. The two
 * documents write it differently: อบต.ห้วยยาง and องค์การบริหารส่วนตำบลห้วยยาง, with or without a space after the
 * type word, with the district and province run on (…ห้วยยาง อำเภอเมืองกระบี่ จังหวัดกระบี่), Thai or Arabic digits,
 * จังหวัดกระบี่ or กระบี่. So the key is the name with its type word spelled out, the place words after it cut off,
 * white space, dots and marks of quotation removed; and the province without จังหวัด/จ.
 *
 * @param name the normalised name (องค์การบริหารส่วนตำบลห้วยยาง)
 * @param province the normalised province, empty when the document does not name one
 */
public record AgencyKey(String name, String province) {

    /** Abbreviations of agency types and their full words (ชื่อย่อ → ชื่อเต็ม); longest first where one prefixes another. */
    private static final Map<String, String> TYPE_WORDS = Map.of(
            "อบต", "องค์การบริหารส่วนตำบล", "อบจ", "องค์การบริหารส่วนจังหวัด", "ทต", "เทศบาลตำบล",
            "ทม", "เทศบาลเมือง", "ทน", "เทศบาลนคร");
    /** Where the place words begin after the name: อำเภอ/อ./จังหวัด/จ. */
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s+(อำเภอ|อ\\.|จังหวัด|จ\\.).*$");
    private static final Pattern NOISE = Pattern.compile("[\\s.\"'“”‘’()\\u200b]");

    public AgencyKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
    }

    /** The key of a document's agency. */
    public static AgencyKey of(Agency agency) {
        return new AgencyKey(name(agency.name()), agency.optionalProvince().map(AgencyKey::province).orElse(""));
    }

    /** A name as the key holds it (for matching a name typed by a user too). */
    public static String name(String written) {
        String s = Normalizer.normalize(written, Normalizer.Form.NFC).strip();
        s = PLACE_TAIL.matcher(s).replaceFirst("");
        s = NOISE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : TYPE_WORDS.entrySet()) {
            if (s.startsWith(e.getKey()) && !s.startsWith(e.getValue())) {
                s = e.getValue() + s.substring(e.getKey().length());
                break;
            }
        }
        return s;
    }

    /** A province as the key holds it: จังหวัดกระบี่, จ.กระบี่ and กระบี่ alike. */
    public static String province(String written) {
        String s = NOISE.matcher(Normalizer.normalize(written, Normalizer.Form.NFC)).replaceAll("");
        if (s.startsWith("จังหวัด")) {
            s = s.substring("จังหวัด".length());
        } else if (s.startsWith("จ") && written.strip().startsWith("จ.")) {
            s = s.substring(1);
        }
        return s;
    }

    /** The province, when known. */
    public Optional<String> optionalProvince() {
        return province.isEmpty() ? Optional.empty() : Optional.of(province);
    }

    /**
     * Whether a name a user typed names this agency: the typed name, normalised like a key's, is the key's name or a
     * part of it (ห้วยยาง, อบต.ห้วยยาง).
     */
    public boolean matchesTyped(String typed) {
        String t = name(typed);
        return !t.isEmpty() && name.contains(t);
    }

    /**
     * Whether two keys may be the same agency: the same name, and the same province when both name one. A document
     * that does not name its province is matched by the caller only when its name leaves no doubt.
     */
    public boolean compatible(AgencyKey other) {
        return name.equals(other.name) && (province.isEmpty() || other.province.isEmpty()
                || province.equals(other.province));
    }
}
