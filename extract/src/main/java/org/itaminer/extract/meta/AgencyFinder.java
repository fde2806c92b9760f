package org.itaminer.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;

/**
 * Finds the publishing agency. Every mention of an agency type word (องค์การบริหารส่วนตำบล, เทศบาลตำบล ...,
 * or the abbreviations อบต. ทต. ...) is followed by the place name, often glued to the next word
 * ("องค์การบริหารส่วนตำบลบ้านโคกได้คะแนน"). So each mention's run of Thai letters is a candidate and the
 * name is the candidate that most mentions print alone or begin with, weighted by where they stand
 * (headings count most). District and province come from อำเภอ/อ. and จังหวัด/จ. mentions, preferring
 * the line that names the agency; a province must be one of the 77.
 */
public final class AgencyFinder {

    private record TypeWord(String word, AgencyType type, boolean abbreviation) {
    }

    /** The type words and abbreviations of local governments (องค์กรปกครองส่วนท้องถิ่น). */
    private static final List<TypeWord> TYPE_WORDS = List.of(
            new TypeWord("องค์การบริหารส่วนจังหวัด", AgencyType.PAO, false),
            new TypeWord("องค์การบริหารส่วนตำบล", AgencyType.SAO, false),
            new TypeWord("เทศบาลนคร", AgencyType.CITY_MUNICIPALITY, false),
            new TypeWord("เทศบาลเมือง", AgencyType.TOWN_MUNICIPALITY, false),
            new TypeWord("เทศบาลตำบล", AgencyType.SUBDISTRICT_MUNICIPALITY, false),
            new TypeWord("อบจ.", AgencyType.PAO, true),
            new TypeWord("อบต.", AgencyType.SAO, true),
            new TypeWord("ทน.", AgencyType.CITY_MUNICIPALITY, true),
            new TypeWord("ทม.", AgencyType.TOWN_MUNICIPALITY, true),
            new TypeWord("ทต.", AgencyType.SUBDISTRICT_MUNICIPALITY, true));

    /** Agencies that are not local governments; used only when no local government is named. */
    private static final List<String> OTHER_WORDS = List.of("สำนักงานสาธารณสุขอำเภอ", "สำนักงานสาธารณสุขจังหวัด",
            "โรงพยาบาลส่งเสริมสุขภาพตำบล", "โรงพยาบาล");

    private static final Map<String, String> FULL_WORD = Map.of(
            "อบจ.", "องค์การบริหารส่วนจังหวัด", "อบต.", "องค์การบริหารส่วนตำบล", "ทน.", "เทศบาลนคร",
            "ทม.", "เทศบาลเมือง", "ทต.", "เทศบาลตำบล");

    private static final Pattern THAI_RUN = Pattern.compile("^\\s?([\\u0E01-\\u0E4E]{2,40})");
    private static final Pattern DISTRICT = Pattern.compile("(?<![\\u0E01-\\u0E4E])(?:อำเภอ|อ\\.)\\s?([\\u0E01-\\u0E4E]{2,30})");
    private static final Pattern PROVINCE = Pattern.compile("(?<!ส่วน)(?:จังหวัด|(?<![\\u0E01-\\u0E4E])จ\\.)\\s?([\\u0E01-\\u0E4E]{2,30})");

    private AgencyFinder() {
    }

    private record Mention(TypeWord type, String run, TextLine line) {
    }

    public static Agency find(DocumentText text) {
        List<Mention> mentions = new ArrayList<>();
        for (TextLine line : text.lines()) {
            for (TypeWord type : TYPE_WORDS) {
                collect(line, type, mentions);
            }
        }
        Optional<Mention> best = best(mentions);
        if (best.isEmpty()) {
            List<Mention> others = new ArrayList<>();
            for (TextLine line : text.lines()) {
                for (String word : OTHER_WORDS) {
                    collect(line, new TypeWord(word, AgencyType.OTHER, false), others);
                }
            }
            best = best(others);
        }
        if (best.isEmpty()) {
            return Agency.UNKNOWN;
        }
        Mention m = best.get();
        String typeWord = m.type().abbreviation() ? FULL_WORD.get(m.type().word()) : m.type().word();
        String name = typeWord + m.run();
        Optional<String> province = m.type().type() == AgencyType.PAO
                ? Provinces.prefixOf(m.run()).or(() -> findProvince(text, m)) // องค์การบริหารส่วนจังหวัดสตูล
                : findProvince(text, m);
        Optional<String> district = m.type().type() == AgencyType.PAO ? Optional.empty() : findDistrict(text, m);
        // null where the document does not say: the schema's value
        return new Agency(name, m.type().type(), district.orElse(null), province.orElse(null));
    }

    private static void collect(TextLine line, TypeWord type, List<Mention> out) {
        String s = line.text();
        int from = 0;
        while (true) {
            int at = indexOfLoose(s, type.word(), from);
            if (at < 0) {
                return;
            }
            int end = endOfLoose(s, type.word(), at);
            from = end;
            Matcher run = THAI_RUN.matcher(s.substring(end));
            if (run.find()) {
                String name = trimGlued(run.group(1));
                if (name.length() >= 2) {
                    out.add(new Mention(type, name, line));
                }
            }
        }
    }

    /** Cuts words that documents glue to a name: อำเภอ.../จังหวัด... */
    private static String trimGlued(String run) {
        for (String cut : List.of("อำเภอ", "จังหวัด")) {
            int i = run.indexOf(cut);
            if (i > 0) {
                run = run.substring(0, i);
            }
        }
        return run;
    }

    /**
     * The candidate name: scored by the weight of mentions printing exactly it, plus half the weight of
     * longer mentions that begin with it (a glued following word).
     */
    private static Optional<Mention> best(List<Mention> mentions) {
        Map<String, Double> exact = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (Mention m : mentions) {
            String key = m.type().type() + "|" + m.run();
            exact.merge(key, m.line().origin().weight(), Double::sum);
            first.putIfAbsent(key, m);
        }
        String bestKey = null;
        double bestScore = 0;
        for (String key : exact.keySet()) {
            Mention m = first.get(key);
            double score = exact.get(key);
            for (Mention other : mentions) {
                if (other.type().type() == m.type().type() && other.run().length() > m.run().length()
                        && other.run().startsWith(m.run())) {
                    score += other.line().origin().weight() / 2;
                }
            }
            if (score > bestScore || (score == bestScore && bestKey != null
                    && m.run().length() > first.get(bestKey).run().length())) {
                bestScore = score;
                bestKey = key;
            }
        }
        return bestKey == null ? Optional.empty() : Optional.of(first.get(bestKey));
    }

    private static Optional<String> findProvince(DocumentText text, Mention agency) {
        return vote(text, agency, "จังหวัด", "จ.", PROVINCE, Provinces::prefixOf);
    }

    private static Optional<String> findDistrict(DocumentText text, Mention agency) {
        return vote(text, agency, "อำเภอ", "อ.", DISTRICT, run -> {
            int cut = run.indexOf("จังหวัด");
            String name = cut > 0 ? run.substring(0, cut) : run;
            return name.length() >= 2 ? Optional.of(name) : Optional.empty();
        });
    }

    /**
     * The name most lines give after {@code word} or its abbreviation, weighed by {@link #weight}; {@code nameOf}
     * turns the pattern's first group into a name, or rejects it.
     */
    private static Optional<String> vote(DocumentText text, Mention agency, String word, String abbreviation, Pattern pattern,
            Function<String, Optional<String>> nameOf) {
        Map<String, Double> votes = new HashMap<>();
        List<TextLine> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!line.text().contains(word) && !line.text().contains(abbreviation)) {
                continue; // cheap test first: the pattern's look-behinds run at every position
            }
            Matcher m = pattern.matcher(withWrappedName(lines, i));
            while (m.find()) {
                nameOf.apply(m.group(1)).ifPresent(n -> votes.merge(n, weight(line, agency), Double::sum));
            }
        }
        return argmax(votes);
    }

    /**
     * The line, and the next line of the same paragraph when this one ends on อำเภอ or จังหวัด: a printed
     * line may break between the word and the name ("... อำเภอเมืองเพชรบูรณ์ จังหวัด" / "เพชรบูรณ์").
     */
    private static String withWrappedName(List<TextLine> lines, int i) {
        String s = lines.get(i).text().strip();
        if ((s.endsWith("จังหวัด") || s.endsWith("อำเภอ")) && i + 1 < lines.size()
                && lines.get(i + 1).paragraph() == lines.get(i).paragraph()) {
            return s + " " + lines.get(i + 1).text();
        }
        return s;
    }

    /** Lines that also name the agency weigh most: "องค์การบริหารส่วนตำบลX อำเภอY จังหวัดZ". */
    private static double weight(TextLine line, Mention agency) {
        double w = line.origin().weight();
        if (line.text().contains(agency.run())) {
            w *= 3;
        }
        return w;
    }

    private static Optional<String> argmax(Map<String, Double> votes) {
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getKey);
    }

    /** indexOf that lets single spaces sit anywhere inside the word (line-wrap artefacts). */
    static int indexOfLoose(String s, String word, int from) {
        int exact = s.indexOf(word, from);
        if (exact >= 0 || word.length() < 8 || s.indexOf(' ', from) < 0 || s.indexOf(word.substring(0, 4), from) < 0) {
            return exact; // a loose match needs the word's first letters unbroken, which is cheap to check first
        }
        for (int i = s.indexOf(word.charAt(0), from); i >= 0; i = s.indexOf(word.charAt(0), i + 1)) {
            if (endOfLoose(s, word, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The end of {@code word} matched loosely at {@code at}, or -1. */
    static int endOfLoose(String s, String word, int at) {
        int i = at;
        for (int j = 0; j < word.length(); j++) {
            if (j > 0 && i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != word.charAt(j)) {
                return -1;
            }
            i++;
        }
        return i;
    }
}
