package org.itaminer.extract.paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;

/**
 * Measures set out without numbers: a name on its own paragraph with the measure's labelled fields right under
 * it, as a Word list whose numbers are not in the text, or headings in bold:
 * <pre>
 * การเปิดเผยข้อมูลสาธารณะ
 * ผู้รับผิดชอบ: สำนักปลัด
 * </pre>
 * Such a name is marked as an item of a style of its own, so the numbered reading applies to it. A line under
 * a label alone is that label's value, not a name, and one such heading alone is not a list.
 */
final class UnnumberedHeadings {

    /** The style given to unnumbered measure names. */
    static final String STYLE = "¶";
    private static final int MIN_HEADINGS = 2;

    private UnnumberedHeadings() {
    }

    /** The entries with each measure name marked as an item, or the entries as they are when there are too few. */
    static List<BodyEntry> mark(List<BodyEntry> entries) {
        List<BodyEntry> out = new ArrayList<>(entries);
        int found = 0;
        for (int i = 1; i < entries.size(); i++) {
            if (!entries.get(i).isMeasureField()) {
                continue;
            }
            int start = i - 1; // the name: the plain lines of one paragraph just above the label
            while (start >= 0 && entries.get(start).kind() == BodyEntry.Kind.TEXT
                    && entries.get(start).line().block() == entries.get(i - 1).line().block()) {
                start--;
            }
            start++;
            if (start == i || !opensParagraph(entries, start) || underLabelAlone(entries, start)) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int j = start; j < i; j++) {
                name.append(j > start ? " " : "").append(entries.get(j).line().text().strip());
                out.set(j, null);
            }
            BodyLine line = entries.get(start).line();
            out.set(start, new BodyEntry(new BodyLine(name.toString(), line.page(), line.block(), Optional.empty()),
                    BodyEntry.Kind.ITEM, Optional.of(new Marker(STYLE, Optional.empty(), name.toString())), Optional.empty()));
            found++;
        }
        return found < MIN_HEADINGS ? entries : out.stream().filter(e -> e != null).toList();
    }

    /**
     * The entries with each labelled measure name ("ชื่อมาตรการ: ...", "โครงการ: ...") marked as an item, when
     * at least two name their measure so and no numbered item stands right above them (there the label only
     * names the numbered measure). Steps numbered ก. ข. or 1) under such a measure then stay its steps.
     */
    static List<BodyEntry> markNamed(List<BodyEntry> entries) {
        List<BodyEntry> out = new ArrayList<>(entries);
        int found = 0;
        for (int i = 0; i < entries.size(); i++) {
            BodyEntry e = entries.get(i);
            boolean named = e.kind() == BodyEntry.Kind.LABEL && e.marker().isEmpty()
                    && e.label().get().role().filter(r -> r == ColumnRole.MEASURE).isPresent()
                    && !e.label().get().value().isEmpty();
            if (!named || i > 0 && entries.get(i - 1).kind() == BodyEntry.Kind.ITEM) {
                continue;
            }
            String name = e.label().get().value();
            out.set(i, new BodyEntry(e.line(), BodyEntry.Kind.ITEM, Optional.of(new Marker(STYLE, Optional.empty(), name)),
                    Optional.empty()));
            found++;
        }
        return found < MIN_HEADINGS ? entries : out;
    }

    /** A name opens its paragraph; a plain line inside one may be a value wrapped under the label above it. */
    private static boolean opensParagraph(List<BodyEntry> entries, int i) {
        return i == 0 || entries.get(i - 1).line().block() != entries.get(i).line().block();
    }

    /** Whether the line is the value of a label alone on the line above ("ผู้รับผิดชอบ" / "สำนักปลัด"). */
    private static boolean underLabelAlone(List<BodyEntry> entries, int i) {
        return i > 0 && entries.get(i - 1).kind() == BodyEntry.Kind.LABEL && entries.get(i - 1).label().get().value().isEmpty();
    }
}
