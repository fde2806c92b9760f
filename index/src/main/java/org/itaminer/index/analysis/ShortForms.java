package org.itaminer.index.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The one-word forms of the {@link AbbreviationSynonyms} groups that have one (อบต for องค์การ บริหาร ส่วน ตำบล, ปปช
 * for ป ป ช and คณะ กรรมการ ป้องกัน …), added to the text's words wherever a long form occurs. The text keeps no
 * positions, so an added word costs no more than any other; and a query that is just an abbreviation (อบต.) is then
 * the one word, not a choice between it and a phrase: that phrase is in every SAO measure's agency name, and checking
 * its positions in each was most of the time of a search like อบต. ร้องเรียน.
 */
public final class ShortForms {

    /** Per one-word form, the word sequences of its group's other members. */
    private final Map<String, Set<List<String>>> longForms;
    /** The long forms by their first word, each with its one-word form: the text is read once, word by word. */
    private final Map<String, List<Map.Entry<String[], String>>> byFirstWord = new HashMap<>();

    private ShortForms(Map<String, Set<List<String>>> longForms) {
        this.longForms = longForms;
        longForms.forEach((shortForm, longs) -> {
            for (List<String> form : longs) {
                byFirstWord.computeIfAbsent(form.get(0), k -> new ArrayList<>())
                        .add(Map.entry(form.toArray(String[]::new), shortForm));
            }
        });
    }

    /** The one-word forms of the groups, each member analyzed by {@code analyzer} (the index chain). */
    static ShortForms of(Analyzer analyzer) {
        Map<String, Set<List<String>>> out = new LinkedHashMap<>();
        for (String group : AbbreviationSynonyms.GROUPS) {
            List<List<String>> members = new ArrayList<>();
            for (String member : AbbreviationSynonyms.members(group)) {
                // the field's name does not matter: the chain is the same for every field
                members.add(AnalyzedText.of(analyzer, "text", member).terms());
            }
            String shortForm = members.stream().filter(m -> m.size() == 1).map(m -> m.get(0)).findFirst()
                    .orElse(null);
            if (shortForm == null) {
                continue;
            }
            Set<List<String>> longs = new HashSet<>();
            for (List<String> m : members) {
                if (m.size() > 1) {
                    longs.add(List.copyOf(m));
                } else if (m.size() == 1 && !m.get(0).equals(shortForm)) {
                    throw new IllegalStateException("two one-word forms in the synonym group " + group);
                }
            }
            if (!longs.isEmpty()) {
                out.put(shortForm, longs);
            }
        }
        return new ShortForms(out);
    }

    /**
     * The one-word form for each long form in these texts, once per occurrence, in the order of the text. The texts
     * are one run of words, as the word pairs take them ({@link WordPairs}): a long form may cross from one to the
     * next, as a phrase may.
     */
    public List<String> added(List<AnalyzedText> texts) {
        int n = 0;
        for (AnalyzedText t : texts) {
            n += t.size();
        }
        String[] words = new String[n];
        boolean[] follows = new boolean[n];
        int at = 0;
        for (AnalyzedText t : texts) {
            for (int i = 0; i < t.size(); i++, at++) {
                words[at] = t.term(i);
                follows[at] = t.increment(i) == 1;
            }
        }
        List<String> out = new ArrayList<>(0);
        for (int i = 0; i < n; i++) {
            List<Map.Entry<String[], String>> forms = byFirstWord.get(words[i]);
            if (forms != null) {
                for (Map.Entry<String[], String> form : forms) {
                    if (startsAt(words, follows, i, form.getKey())) {
                        out.add(form.getValue());
                    }
                }
            }
        }
        return out;
    }

    private static boolean startsAt(String[] words, boolean[] follows, int i, String[] form) {
        if (i + form.length > words.length) {
            return false;
        }
        for (int k = 1; k < form.length; k++) {
            if (!follows[i + k] || !words[i + k].equals(form[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one word a chunk of alternatives can be searched by: when they are a group's one-word form and some of its
     * long forms (all the chunk holds), that word, which the index adds wherever a long form is; else null.
     */
    public String shortFormOf(List<List<String>> alternatives) {
        for (Map.Entry<String, Set<List<String>>> e : longForms.entrySet()) {
            List<String> word = List.of(e.getKey());
            if (alternatives.contains(word) && alternatives.stream()
                    .allMatch(a -> a.equals(word) || e.getValue().contains(a))) {
                return e.getKey();
            }
        }
        return null;
    }
}
