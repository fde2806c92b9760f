package org.itaminer.extract.paragraph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final Set<String> outerStyles;
    /** The styles that number this measure's fields ("๑) ผู้รับผิดชอบ: ..."). */
    private final Set<String> fieldStyles = new HashSet<>();
    /** Where the next text goes: the title, a field, or an unknown label's entry. */
    private StringBuilder target;
    private ColumnRole targetRole = ColumnRole.MEASURE;
    private boolean afterStep;
    /** Where the last line taken stands: text in a paragraph of its own may be the next group's heading. */
    private int lastBlock;
    private int lastPage;
    private final List<String> detached = new ArrayList<>();

    /**
     * @param heading the measure's numbered line
     * @param outerStyles the numbering styles of the document's own sections before the measures: an item in
     *     one of them that starts no list and goes on with none is the document's next section
     */
    MeasureText(BodyEntry heading, Set<String> outerStyles) {
        Marker marker = heading.marker().orElseThrow();
        this.outerStyles = Set.copyOf(outerStyles);
        this.number = marker.number();
        this.page = heading.line().page();
        this.titleBlock = heading.line().block();
        this.lastBlock = titleBlock;
        this.lastPage = page;
        this.target = title;
        // "๑. ชื่อโครงการ: อบรมคุณธรรม": the name label is not part of the name
        append(title, Label.of(marker.rest()).filter(l -> l.role().equals(Optional.of(ColumnRole.MEASURE)))
                .map(Label::value).orElse(marker.rest()));
    }

    /**
     * Takes the next line under the measure.
     *
     * @return false when the line does not belong to it: an item numbered as no list under the measure
     *     goes on (the plan's next section, "๕. การติดตามและประเมินผล"), or the end of the list
     */
    boolean add(BodyEntry e) {
        if (e.kind() == BodyEntry.Kind.END) {
            return false;
        }
        if (e.kind() == BodyEntry.Kind.ITEM && !fits(e.marker().orElseThrow())) {
            return false;
        }
        if (e.kind() != BodyEntry.Kind.TEXT) {
            keepDetached();
        }
        if (e.kind() == BodyEntry.Kind.LABEL) {
            e.marker().ifPresent(m -> fieldStyles.add(m.style()));
        }
        Optional<Label> numberedField = e.kind() == BodyEntry.Kind.ITEM && fieldStyles.contains(e.marker().get().style())
                ? Label.of(e.marker().get().rest()) : Optional.empty();
        if (numberedField.isPresent()) {
            label(numberedField.get()); // "๓) ข้อสังเกต: ..." among numbered fields: a field the project has not seen
        } else {
            switch (e.kind()) {
                case LABEL -> label(e.label().orElseThrow());
                case ITEM -> item(e);
                default -> text(e);
            }
        }
        lastBlock = e.line().block();
        lastPage = e.line().page();
        return true;
    }

    /**
     * Plain text in a paragraph of its own after the measure's fields, on the same page, with nothing of the
     * measure after it: the heading of the next group of measures, or the text that closes the list.
     */
    List<String> detached() {
        return List.copyOf(detached);
    }

    /** The detached text belongs to the measure after all (the next measure does not start a group). */
    void keepDetached() {
        List<String> lines = List.copyOf(detached);
        detached.clear();
        lines.forEach(this::append);
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

    /** Whether an item is one of a list under the measure: it starts a list or goes on with one. */
    private boolean fits(Marker marker) {
        if (!marker.counted() || fieldStyles.contains(marker.style())) {
            return true;
        }
        Integer last = lastNumber.get(marker.style());
        int n = marker.ordinal();
        // else, in a style of the document's sections, its next part ("๕. การติดตามและประเมินผล")
        return n == 1 || last != null && n == last + 1 || !outerStyles.contains(marker.style());
    }

    private void item(BodyEntry e) {
        Marker marker = e.marker().orElseThrow();
        if (marker.counted()) {
            lastNumber.put(marker.style(), marker.ordinal());
        }
        if (targetRole == ColumnRole.MEASURE || targetRole == ColumnRole.STEPS) {
            steps.add(new StringBuilder(marker.rest()));
            afterStep = true;
        } else {
            append(target, e.line().text()); // a numbered result or objective keeps its numbers
        }
    }

    private void text(BodyEntry e) {
        String s = e.line().text();
        boolean ownParagraph = e.line().block() != lastBlock && e.line().page() == lastPage;
        if (!detached.isEmpty() || ownParagraph && target != title && (!target.isEmpty() || afterStep)) {
            detached.add(s);
        } else if (afterStep) {
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

    /** Text of the current field or step. */
    private void append(String s) {
        append(afterStep ? steps.get(steps.size() - 1) : target, s);
    }

    /** @param group the heading of the group the measure is listed under */
    MeasureDraft draft(Optional<String> group) {
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
        Map<String, String> extra = new LinkedHashMap<>();
        group.map(MeasureText::normalize).ifPresent(g -> extra.put(MeasureDraft.GROUP_KEY, g));
        extra.putAll(named.extra());
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
