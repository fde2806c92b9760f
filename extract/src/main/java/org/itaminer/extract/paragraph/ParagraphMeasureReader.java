package org.itaminer.extract.paragraph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.DocumentContext;
import org.itaminer.extract.measure.HeaderVocabulary;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;
import org.itaminer.extract.meta.DocumentText;
import org.itaminer.extract.meta.TextLine;

/**
 * Reads measures written as numbered paragraphs instead of a table:
 * <pre>
 * มาตรการที่ 1 การเผยแพร่ข้อมูลสาธารณะ          (or "1. การเผยแพร่ข้อมูลสาธารณะ")
 * วิธีการดำเนินการ: 1. ... 2. ...
 * ผู้รับผิดชอบ: สำนักปลัด
 * ระยะเวลา: ตลอดปีงบประมาณ
 * </pre>
 * A numbered line is a measure only when labelled lines (ผู้รับผิดชอบ, ระยะเวลา, วิธีการ...) follow it, so
 * the plain numbered lists of memos and introductions never become measures.
 */
public final class ParagraphMeasureReader implements MeasureReader {

    private static final Pattern MEASURE_HEADING = Pattern.compile("^มาตรการ(?:ที่)?\\s*(\\d{1,2})\\s*[.:)]?\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(.+)$");
    /** A label: up to 40 characters before a colon, or a line opening with a vocabulary word. */
    private static final Pattern COLON_LABEL = Pattern.compile("^([^:：]{2,40})[:：]\\s*(.*)$");
    private static final String LABEL_WORDS =
            "ผู้รับผิดชอบ|หน่วยงานรับผิดชอบ|หน่วยงานที่รับผิดชอบ|ระยะเวลาดำเนินการ|ระยะเวลา|วิธีการดำเนินการ|วิธีดำเนินการ"
                    + "|ขั้นตอนการดำเนินการ|ขั้นตอน/วิธีการปฏิบัติ|ขั้นตอนหรือวิธีการปฏิบัติ|การติดตามผลการดำเนินการ|การติดตามผล"
                    + "|สรุปผลการดำเนินการ|ผลการดำเนินการ|ผลลัพธ์หรือผลสัมฤทธิ์|ผลลัพธ์|ข้อเสนอแนะ";
    private static final Pattern WORD_LABEL = Pattern.compile("^(" + LABEL_WORDS + ")\\s+(.+)$");
    /**
     * A label alone on its line opens with a label word: "และรายงานผลการติดตามตรวจสอบทุกเดือน" holds
     * การติดตาม but is the wrapped end of a sentence, not a label.
     */
    private static final Pattern LABEL_ALONE = Pattern.compile("^(?:" + LABEL_WORDS + ")");
    private static final int MAX_LABEL_ALONE_CHARS = 40;

    @Override
    public List<MeasureDraft> read(DocumentContext document) {
        return read(document.text());
    }

    static List<MeasureDraft> read(DocumentText text) {
        List<TextLine> lines = text.paragraphLines();
        boolean headed = lines.stream().anyMatch(l -> MEASURE_HEADING.matcher(l.text()).find());
        List<Builder> drafts = new ArrayList<>();
        Builder current = null;
        for (TextLine line : lines) {
            String s = line.text().strip();
            Optional<Map.Entry<ColumnRole, String>> label = label(s);
            if (label.isPresent() && current != null && label.get().getKey() != ColumnRole.MEASURE) {
                current.role = label.get().getKey();
                current.add(current.role, label.get().getValue());
                continue;
            }
            Matcher start = (headed ? MEASURE_HEADING : NUMBERED).matcher(s);
            boolean isStart = start.find() && (headed || current == null || current.role == ColumnRole.MEASURE
                    || current.fields.containsKey(ColumnRole.RESPONSIBLE) || current.fields.containsKey(ColumnRole.PERIOD));
            if (isStart) {
                if (current != null && current.role == ColumnRole.MEASURE && !headed) {
                    drafts.remove(current); // a plain list item: no labelled line followed it
                }
                current = new Builder(start.group(1), start.group(2), line.page());
                drafts.add(current);
            } else if (current != null) {
                current.add(current.role, s);
            }
        }
        return drafts.stream().filter(b -> b.labelled).map(Builder::draft).toList();
    }

    private static Optional<Map.Entry<ColumnRole, String>> label(String line) {
        Matcher colon = COLON_LABEL.matcher(line);
        if (colon.find()) {
            Optional<ColumnRole> role = HeaderVocabulary.roleOf(colon.group(1));
            if (role.isPresent()) {
                return Optional.of(Map.entry(role.get(), colon.group(2)));
            }
        }
        Matcher word = WORD_LABEL.matcher(line);
        if (word.find()) {
            Optional<ColumnRole> role = HeaderVocabulary.roleOf(word.group(1));
            if (role.isPresent()) {
                return Optional.of(Map.entry(role.get(), word.group(2)));
            }
        }
        if (line.length() <= MAX_LABEL_ALONE_CHARS && LABEL_ALONE.matcher(line.replace(" ", "")).find()
                && HeaderVocabulary.roleOf(line).filter(r -> r != ColumnRole.MEASURE).isPresent()) {
            return Optional.of(Map.entry(HeaderVocabulary.roleOf(line).get(), "")); // a label alone on its line
        }
        return Optional.empty();
    }

    private static final class Builder {
        final String number;
        final int page;
        final Map<ColumnRole, StringBuilder> fields = new EnumMap<>(ColumnRole.class);
        ColumnRole role = ColumnRole.MEASURE;
        boolean labelled;

        Builder(String number, String title, int page) {
            this.number = number;
            this.page = page;
            add(ColumnRole.MEASURE, title);
        }

        void add(ColumnRole r, String s) {
            if (r != ColumnRole.MEASURE) {
                labelled = true;
            }
            StringBuilder sb = fields.computeIfAbsent(r, k -> new StringBuilder());
            if (!s.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s.strip());
            }
        }

        MeasureDraft draft() {
            Map<ColumnRole, String> out = new EnumMap<>(ColumnRole.class);
            fields.forEach((k, v) -> out.put(k, v.toString()));
            return MeasureDraft.labelled(Optional.of(number), out, List.of(), page);
        }
    }
}
