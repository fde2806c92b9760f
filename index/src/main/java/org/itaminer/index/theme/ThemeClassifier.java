package org.itaminer.index.theme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.itaminer.model.report.Measure;

/**
 * Maps a measure to the ITA {@link Theme}s it addresses, by the phrases of a rules table ({@code themes.tsv}
 * beside this class; one {@link ThemeRule} per row). A pure function: no I/O after construction, thread-safe.
 *
 * <p>A title names what a measure is about; its step list (วิธีการดำเนินการ) names how, and long step lists
 * mention half the ITA vocabulary in passing (“เผยแพร่ทางเว็บไซต์ เปิดช่องทางร้องเรียน ให้ประชาชนมีส่วนร่วม”).
 * So matches are weighed by where they are. A measure has a theme when one of the theme's rules finds a phrase
 *
 * <ul>
 *   <li>in its <b>title</b>; or
 *   <li>in at least <b>two</b> of these: a step item (each item counts once), the results (การติดตามผล,
 *       ผลการดำเนินการ and ผลลัพธ์ taken together, counting once); or
 *   <li>in at least <b>half of its step items</b> (a measure with one or two steps: the steps are its content).
 * </ul>
 *
 * One passing mention in a step list of three or more, or in the results alone, is not enough. A rule's
 * {@link ThemeRule.Scope scope} limits which of these parts it looks at: words every step list uses (ขั้นตอน,
 * ให้บริการ, งบประมาณ) count only in titles.
 */
public final class ThemeClassifier {

    /** The rules table on the class path, next to this class. */
    public static final String RESOURCE = "themes.tsv";

    private final List<ThemeRule.Compiled> rules;
    private final RuleAnchors anchors;
    private final String version;

    private ThemeClassifier(List<ThemeRule> rules) {
        List<ThemeRule.Compiled> compiled = new ArrayList<>();
        StringBuilder canonical = new StringBuilder();
        for (ThemeRule r : rules) {
            compiled.add(r.compile());
            canonical.append(r).append('\n');
        }
        this.rules = List.copyOf(compiled);
        this.anchors = new RuleAnchors(this.rules);
        this.version = digest(canonical.toString());
    }

    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A short digest of the rules (12 hex digits): an index records it, so themes stored under other rules are
     * noticed and rebuilt rather than silently mixed.
     */
    public String version() {
        return version;
    }

    /** A classifier over these rules. */
    public static ThemeClassifier of(List<ThemeRule> rules) {
        return new ThemeClassifier(Objects.requireNonNull(rules, "rules"));
    }

    /** The classifier with the bundled rules table. */
    public static ThemeClassifier standard() {
        return Standard.INSTANCE;
    }

    /** Loaded on first use (holder idiom). */
    private static final class Standard {
        static final ThemeClassifier INSTANCE = of(readBundled());

        private static List<ThemeRule> readBundled() {
            try (InputStream in = ThemeClassifier.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar next to "
                            + ThemeClassifier.class.getName());
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled " + RESOURCE + " could not be read", e);
            }
        }
    }

    /**
     * Reads a rules table: tab-separated {@code theme, scope, phrases[, masks]}, phrases and masks separated by
     * {@code |}; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line when a row is malformed (unknown theme or scope, no phrase)
     */
    public static List<ThemeRule> parse(Reader reader) throws IOException {
        List<ThemeRule> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            try {
                if (cols.length < 3 || cols.length > 4) {
                    throw new IllegalArgumentException("expected 3 or 4 tab-separated columns, found " + cols.length);
                }
                out.add(new ThemeRule(Theme.fromId(cols[0]), ThemeRule.Scope.fromValue(cols[1].strip()),
                        list(cols[2]), cols.length == 4 ? list(cols[3]) : List.of()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rules line " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<String> list(String column) {
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The themes of a measure, in {@link Theme} order. */
    public List<Theme> classify(Measure measure) {
        Objects.requireNonNull(measure, "measure");
        return classify(measure.title(), measure.steps() == null ? List.of() : measure.steps(),
                results(measure));
    }

    /**
     * The themes of a measure given by its parts, in {@link Theme} order.
     *
     * @param title the measure title
     * @param steps the step items (empty when the document has no steps column)
     * @param results the monitoring, result and outcome texts (nulls are skipped)
     */
    public List<Theme> classify(String title, List<String> steps, List<String> results) {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(results, "results");
        // the same weighing as explain, without naming the phrases: most rules are decided by their anchors alone
        Map<Theme, int[]> tally = new EnumMap<>(Theme.class);
        count(tally, TITLE, ThemeText.fold(title), r -> true);
        for (String step : steps) {
            count(tally, STEPS, ThemeText.fold(step), r -> r.scope().steps());
        }
        count(tally, RESULTS, ThemeText.fold(String.join("\n", results.stream().filter(Objects::nonNull).toList())),
                r -> r.scope().results());
        return decide(tally, steps.size());
    }

    /** Counts, once per theme, the themes whose applicable rules match {@code folded} in the tally's {@code part}. */
    private void count(Map<Theme, int[]> tally, int part, String folded,
                       java.util.function.Predicate<ThemeRule> applies) {
        if (folded.isEmpty()) {
            return;
        }
        boolean[] anchored = anchors.present(folded);
        EnumSet<Theme> seen = EnumSet.noneOf(Theme.class);
        for (int i = 0; i < rules.size(); i++) {
            ThemeRule.Compiled c = rules.get(i);
            Theme theme = c.rule().theme();
            if (anchored[i] && !seen.contains(theme) && applies.test(c.rule())
                    && c.matchesAnchored(folded, anchored[rules.size() + i])) {
                seen.add(theme);
                tally.computeIfAbsent(theme, k -> new int[3])[part]++;
            }
        }
    }

    /** Every phrase found, per part, before weighing (see the class comment); for explaining a decision. */
    public List<ThemeEvidence> explain(Measure measure) {
        return explain(measure.title(), measure.steps() == null ? List.of() : measure.steps(), results(measure));
    }

    /** Every phrase found, per part, before weighing. */
    public List<ThemeEvidence> explain(String title, List<String> steps, List<String> results) {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(results, "results");
        List<ThemeEvidence> out = new ArrayList<>();
        find(out, "title", ThemeText.fold(title), r -> true);
        for (int i = 0; i < steps.size(); i++) {
            find(out, "step " + (i + 1), ThemeText.fold(steps.get(i)), r -> r.scope().steps());
        }
        String joined = String.join("\n", results.stream().filter(Objects::nonNull).toList());
        find(out, "results", ThemeText.fold(joined), r -> r.scope().results());
        return out;
    }

    private void find(List<ThemeEvidence> out, String where, String folded,
                      java.util.function.Predicate<ThemeRule> applies) {
        if (folded.isEmpty()) {
            return;
        }
        EnumSet<Theme> seen = EnumSet.noneOf(Theme.class);
        for (ThemeRule.Compiled c : rules) {
            if (seen.contains(c.rule().theme()) || !applies.test(c.rule())) {
                continue;
            }
            String phrase = c.find(folded);
            if (phrase != null) {
                seen.add(c.rule().theme());
                out.add(new ThemeEvidence(c.rule().theme(), where, phrase));
            }
        }
    }

    /** Where a tally counts a match: in the title, a step, or the results. */
    private static final int TITLE = 0;
    private static final int STEPS = 1;
    private static final int RESULTS = 2;

    /** The themes {@code evidence} from {@link #explain} makes (what {@link #classify} decides without it). */
    static List<Theme> decide(List<ThemeEvidence> evidence, int stepCount) {
        return decide(tally(evidence), stepCount);
    }

    private static Map<Theme, int[]> tally(List<ThemeEvidence> evidence) {
        Map<Theme, int[]> tally = new EnumMap<>(Theme.class);
        for (ThemeEvidence e : evidence) {
            int[] t = tally.computeIfAbsent(e.theme(), k -> new int[3]);
            t[e.where().equals("title") ? TITLE : e.where().equals("results") ? RESULTS : STEPS]++;
        }
        return tally;
    }

    private static List<Theme> decide(Map<Theme, int[]> tally, int stepCount) {
        List<Theme> out = new ArrayList<>();
        tally.forEach((theme, t) -> {
            boolean title = t[TITLE] > 0;
            boolean several = t[STEPS] + t[RESULTS] >= 2;
            boolean mostSteps = t[STEPS] > 0 && 2 * t[STEPS] >= stepCount;
            if (title || several || mostSteps) {
                out.add(theme);
            }
        });
        return List.copyOf(out);
    }

    private static List<String> results(Measure m) {
        return Stream.of(m.monitoring(), m.result(), m.outcome()).filter(Objects::nonNull).toList();
    }
}
