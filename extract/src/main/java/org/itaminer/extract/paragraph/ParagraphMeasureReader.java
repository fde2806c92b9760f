package org.itaminer.extract.paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.itaminer.extract.measure.DocumentContext;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;

/**
 * Reads measures written as numbered paragraphs instead of a table:
 * <pre>
 * มาตรการที่ ๑ การเผยแพร่ข้อมูลสาธารณะ        (or "๑.", "(๑)", "๑)", "1.1", "แนวทางที่ ๑")
 * วิธีการดำเนินการ                              (a label alone, its value below)
 *   (๑) แต่งตั้งผู้รับผิดชอบ                    (steps: numbered in another style than the measures)
 *   (๒) ตรวจสอบข้อมูลทุกเดือน
 * ผู้รับผิดชอบ: สำนักปลัด                       (a label and a colon, a tab, or a space)
 * ระยะเวลา: ตลอดปีงบประมาณ
 * </pre>
 * A numbered item is a measure when its style is the measures' ({@link MeasureLevel}: the style whose items
 * have labelled fields under them) and it stands among the labelled ones; so the plan's own numbered
 * sections before the measures (หลักการและเหตุผล, วัตถุประสงค์ ๑. ๒. ...), the steps nested under a measure
 * and the plain numbered lists of memos and introductions never become measures.
 */
public final class ParagraphMeasureReader implements MeasureReader {

    @Override
    public List<MeasureDraft> read(DocumentContext document) {
        return read(BodyEntry.of(BodyLine.of(document.layout())));
    }

    static List<MeasureDraft> read(List<BodyEntry> lines) {
        List<BodyEntry> found = UnnumberedHeadings.markNamed(lines);
        List<BodyEntry> entries = MeasureLevel.of(found).isPresent() ? found : UnnumberedHeadings.mark(found);
        String style = MeasureLevel.of(entries).orElse(null);
        if (style == null) {
            return List.of();
        }
        List<Integer> items = IntStream.range(0, entries.size()).filter(i -> entries.get(i).isItem(style)).boxed().toList();
        List<Integer> labelled = items.stream().filter(i -> MeasureLevel.labelled(entries, i)).toList();
        int first = labelled.get(0);
        int last = labelled.get(labelled.size() - 1);
        List<Integer> measures = items.stream().filter(i -> i >= first && i <= last).toList(); // the plan's own
        // sections in the measures' style stand before or after them
        Set<String> outerStyles = entries.subList(0, measures.get(0)).stream().filter(e -> e.kind() == BodyEntry.Kind.ITEM)
                .map(e -> e.marker().orElseThrow().style()).collect(Collectors.toSet());
        List<MeasureText> texts = new ArrayList<>();
        List<Optional<String>> groups = new ArrayList<>();
        Optional<String> group = Optional.empty();
        for (int k = 0; k < measures.size(); k++) {
            int item = measures.get(k);
            if (k > 0) {
                MeasureText previous = texts.get(k - 1);
                if (restarts(entries.get(item)) && !previous.detached().isEmpty()) {
                    group = Optional.of(String.join(" ", previous.detached())); // "ด้านที่ ๒ ..." over a list from 1 again
                    if (groups.stream().allMatch(Optional::isEmpty)) {
                        Optional<String> firstGroup = textBefore(entries, measures.get(0));
                        groups.replaceAll(g -> firstGroup);
                    }
                } else {
                    previous.keepDetached();
                }
            }
            MeasureText measure = new MeasureText(entries.get(item), outerStyles);
            for (int j = item + 1; j < entries.size() && !entries.get(j).isItem(style); j++) {
                if (!measure.add(entries.get(j))) {
                    break;
                }
            }
            texts.add(measure);
            groups.add(group);
        }
        texts.get(texts.size() - 1).keepDetached(); // the last measure's own paragraphs; the closing formula ended it
        List<MeasureDraft> drafts = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            drafts.add(texts.get(k).draft(groups.get(k)));
        }
        return drafts;
    }

    /** Whether a measure's number starts its list again (1, or x.1). */
    private static boolean restarts(BodyEntry item) {
        return item.marker().orElseThrow().counted() && item.marker().orElseThrow().ordinal() == 1;
    }

    /** The plain line just before the first measure: the first group's heading when the measures are grouped. */
    private static Optional<String> textBefore(List<BodyEntry> entries, int first) {
        return first > 0 && entries.get(first - 1).kind() == BodyEntry.Kind.TEXT
                ? Optional.of(entries.get(first - 1).line().text().strip()) : Optional.empty();
    }
}
