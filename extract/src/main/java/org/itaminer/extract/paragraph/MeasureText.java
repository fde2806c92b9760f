package org.itaminer.extract.paragraph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.thai.ThaiTextNormalizer;

/**
 * One measure's texts as its lines are read: the name (wrapped lines of its heading joined), the field
 * each label opens (a label the project knows fills its field; another goes to {@code extra} under its
 * own words), and the steps listed under the heading or under a steps label (วิธีการ, ขั้นตอน, กิจกรรม).
 * Items under any other label (numbered results, objectives) stay in that label's text.
 */
final class MeasureText {

    private final Optional<String> number;
    private final int page;
    /** The paragraph the name's last line is in: a name wraps inside its paragraph. */
    private int titleBlock;
    private final StringBuilder title = new StringBuilder();
    private final Map<ColumnRole, StringBuilder> fields = new EnumMap<>(ColumnRole.class);
    private final Map<String, StringBuilder> unknown = new LinkedHashMap<>();
    private final List<StringBuilder> steps = new ArrayList<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    /** Where the next text goes: the title, a field, or an unknown label's entry. */
    private StringBuilder target;
    private ColumnRole targetRole = ColumnRole.MEASURE;
    private boolean afterStep;

    MeasureText(BodyEntry heading) {
        Marker marker = heading.marker().orElseThrow();
        this.number = marker.number();
        this.page = heading.line().page();
        this.titleBlock = heading.line().block();
        this.target = title;
        append(title, marker.rest());
    }

    /**
     * Takes the next line under the measure.
     *
     * @return false when the line does not belong to it: an item numbered as no list under the measure
     *     goes on (the plan's next section, "๕. การติดตามและประเมินผล"), or the end of the list
     */
    boolean add(BodyEntry e) {
        switch (e.kind()) {
            case END -> {
                return false;
            }
            case LABEL -> label(e.label().orElseThrow());
            case ITEM -> {
                return item(e);
            }
            case TEXT -> text(e);
        }
        return true;
    }

    private void label(Label label) {
        afterStep = false;
        ColumnRole role = label.role().orElse(ColumnRole.EXTRA);
        if (role == ColumnRole.MEASURE && title.isEmpty()) {
            target = title; // "ชื่อมาตรการ: ..." under a bare "มาตรการที่ ๑"
        } else if (role == ColumnRole.MEASURE || role == ColumnRole.NUMBER || role == ColumnRole.EXTRA) {
            role = ColumnRole.EXTRA;
            target = unknown.computeIfAbsent(label.name(), k -> new StringBuilder());
        } else {
            target = fields.computeIfAbsent(role, k -> new StringBuilder());
        }
        targetRole = role;
        append(target, label.value());
    }

    private boolean item(BodyEntry e) {
        Marker marker = e.marker().orElseThrow();
        if (marker.counted()) {
            Integer last = lastNumber.get(marker.style());
            int n = marker.ordinal();
            if (n != 1 && (last == null || n != last + 1)) {
                return false; // not a list under this measure: the document's next part
            }
            lastNumber.put(marker.style(), n);
        }
        if (targetRole == ColumnRole.MEASURE || targetRole == ColumnRole.STEPS) {
            steps.add(new StringBuilder(marker.rest()));
            afterStep = true;
        } else {
            append(target, e.line().text()); // a numbered result or objective keeps its numbers
        }
        return true;
    }

    private void text(BodyEntry e) {
        String s = e.line().text();
        if (afterStep) {
            append(steps.get(steps.size() - 1), s); // a step wrapped over lines
        } else if (target == title && !title.isEmpty() && e.line().block() != titleBlock) {
            // a paragraph of its own under the heading describes the measure; it is not its name
            target = unknown.computeIfAbsent(DESCRIPTION, k -> new StringBuilder());
            targetRole = ColumnRole.EXTRA;
            append(target, s);
        } else {
            if (target == title) {
                titleBlock = e.line().block();
            }
            append(target, s);
        }
    }

    /** The {@code extra} key of a paragraph that describes the measure under its heading, with no label. */
    static final String DESCRIPTION = "รายละเอียด";

    MeasureDraft draft() {
        Map<ColumnRole, String> out = new EnumMap<>(ColumnRole.class);
        out.put(ColumnRole.MEASURE, normalize(title));
        fields.forEach((role, text) -> out.put(role, normalize(text)));
        List<String> listed = new ArrayList<>();
        if (!steps.isEmpty()) {
            Optional.ofNullable(out.remove(ColumnRole.STEPS)).filter(MeasureDraft::present).ifPresent(listed::add);
            steps.stream().map(MeasureText::normalize).filter(s -> !s.isEmpty()).forEach(listed::add);
            out.put(ColumnRole.STEPS, String.join(" ", listed));
        }
        MeasureDraft named = MeasureDraft.labelled(number, out, listed, page);
        Map<String, String> extra = new LinkedHashMap<>(named.extra());
        unknown.forEach((label, text) -> {
            String value = normalize(text);
            if (MeasureDraft.present(value)) {
                extra.merge(label, value, (a, b) -> a + " " + b);
            }
        });
        return new MeasureDraft(named.fields(), named.number(), named.listedSteps(), extra, page);
    }

    private static void append(StringBuilder sb, String s) {
        if (!s.isBlank()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(s.strip());
        }
    }

    /** Lines were normalized one by one; joined, a word the line wrap cut may be mended. */
    private static String normalize(CharSequence text) {
        return ThaiTextNormalizer.normalize(text.toString());
    }
}
