package org.itaminer.extract.paragraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which numbering style numbers the measures. A measure has labelled fields under it (ผู้รับผิดชอบ,
 * ระยะเวลา ...) before the next item of its own style; the plan's own sections (หลักการและเหตุผล,
 * วัตถุประสงค์ ๑. ๒. ...) have none, and the steps nested under a measure have them only after the last
 * step, where their list ends: the next item of theirs starts again from 1 under the next label or measure,
 * while the measures count on across their labels (๑, ๒, ๓). So the measure level is the style with the most
 * items that have labels under them and are followed by the next number of their list (or by none); on a
 * tie the style whose items have labels more often (steps: one in several), then the style that came
 * first (the one that started the list; the nested one comes after it). How often is counted among the
 * style's items from its first labelled one to its last: items of the same style before or after the
 * measures (the rows of an ITA result table "๑. การปฏิบัติหน้าที่ ๙๒.๗๓", a plan's own sections) say
 * nothing about the measures' level.
 */
final class MeasureLevel {

    private MeasureLevel() {
    }

    /** The style of the measures, or empty when no numbered item has a labelled field under it. */
    static Optional<String> of(List<BodyEntry> entries) {
        // style → {items from the first labelled one to the last, labelled, items since the last labelled},
        // in order of first use
        Map<String, int[]> byStyle = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            BodyEntry e = entries.get(i);
            if (e.kind() != BodyEntry.Kind.ITEM) {
                continue;
            }
            int[] counts = byStyle.computeIfAbsent(e.marker().get().style(), k -> new int[3]);
            counts[2]++;
            if (labelled(entries, i) && countsOn(entries, i)) {
                counts[0] += counts[1] == 0 ? 1 : counts[2]; // the items before the first labelled one do not count
                counts[1]++;
                counts[2] = 0;
            }
        }
        String best = null;
        int[] bestCounts = null;
        for (Map.Entry<String, int[]> s : byStyle.entrySet()) {
            int[] c = s.getValue();
            if (c[1] == 0) {
                continue;
            }
            if (best == null || c[1] > bestCounts[1]
                    || c[1] == bestCounts[1] && (long) c[1] * bestCounts[0] > (long) bestCounts[1] * c[0]) {
                best = s.getKey();
                bestCounts = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the next item of the item's style goes on with its number (bullets always do), or there is none. */
    private static boolean countsOn(List<BodyEntry> entries, int item) {
        Marker marker = entries.get(item).marker().get();
        if (!marker.counted()) {
            return true;
        }
        for (int j = item + 1; j < entries.size(); j++) {
            if (entries.get(j).isItem(marker.style())) {
                return entries.get(j).marker().get().ordinal() != 1;
            }
        }
        return true;
    }

    /** Whether a label of a measure's field comes after the item before the next item of its style or the list's end. */
    static boolean labelled(List<BodyEntry> entries, int item) {
        String style = entries.get(item).marker().get().style();
        for (int j = item + 1; j < entries.size(); j++) {
            BodyEntry e = entries.get(j);
            if (e.isItem(style) || e.kind() == BodyEntry.Kind.END) {
                return false;
            }
            if (e.isMeasureField()) {
                return true;
            }
        }
        return false;
    }
}
