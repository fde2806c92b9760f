package org.itaminer.extract.paragraph;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A body line read as what it is under a list of measures: a list item (a measure or a step), a labelled
 * line, plain text, or the end of the list (the closing formula of a ประกาศ, a signature, the next part of
 * the document).
 *
 * @param line the line
 * @param kind what it is
 * @param marker the item's number or bullet, for {@link Kind#ITEM}; for a numbered field ("๑) ผู้รับผิดชอบ: ...")
 *     its number
 * @param label the label, for {@link Kind#LABEL}
 */
record BodyEntry(BodyLine line, Kind kind, Optional<Marker> marker, Optional<Label> label) {

    enum Kind { ITEM, LABEL, TEXT, END }

    /** The page number ("-๒-", "- 2 -", "2") and the catchword ("/๑๓.ให้ทำรายงาน...") around a page break. */
    private static final Pattern PAGE_FURNITURE = Pattern.compile("^(?:[-–(]?\\s*[\\d๐-๙]{1,3}\\s*[-–)]?|/.{1,60}(?:\\.{2,}|…))$");
    /**
     * The closing formula (of a ประกาศ, or of a report sent up as a memo: จึงเรียนมาเพื่อโปรดทราบ), a signature
     * (ลงชื่อ, the signers' names in brackets, a row of signers' roles: ผู้จัดทำ ผู้ตรวจสอบ ผู้อนุมัติ), or the
     * next part or chapter: nothing after it belongs to a measure.
     */
    private static final Pattern END = Pattern.compile("^(?:จึงประกาศ|จึงขอประกาศ|จึงเรียน|ประกาศ\\s*ณ|สั่ง\\s*ณ|\\(?ลงชื่อ\\)?"
            + "|ทั้งนี้\\s*ตั้งแต่|ส่วนที่\\s*[\\d๐-๙]|บทที่\\s*[\\d๐-๙]"
            + "|(?:\\((?:นาย|นาง|นางสาว|ว่าที่)[^)]{2,60}\\)\\s*)+$"
            + "|(?:ผู้(?:จัดทำ|ตรวจสอบ|อนุมัติ|รายงาน|เสนอ|รับรอง|ตรวจ)\\s*){2,}$)");
    /** "ดังนี้": a label's value that only announces the list below it. */
    private static final Pattern ANNOUNCES_LIST = Pattern.compile("^(?:ดัง(?:ต่อไป)?นี้|มีดังนี้)\\s*[:：]?$");

    /** The body's lines as entries, page furniture left out. */
    static List<BodyEntry> of(List<BodyLine> lines) {
        return lines.stream().filter(l -> !l.text().isBlank() && !PAGE_FURNITURE.matcher(l.text().strip()).matches())
                .map(BodyEntry::of).toList();
    }

    static BodyEntry of(BodyLine line) {
        String s = line.text().strip();
        if (END.matcher(s).find()) { // before a row's label: a signature table's "ผู้จัดทำ⇥ผู้ตรวจสอบ" is no field
            return new BodyEntry(line, Kind.END, Optional.empty(), Optional.empty());
        }
        if (line.cellLabel().isPresent()) {
            return label(line, line.cellLabel().get());
        }
        Optional<Marker> marker = Marker.of(s);
        if (marker.isPresent()) {
            Optional<Label> numbered = Label.numbered(marker.get().rest());
            return numbered.isPresent() ? new BodyEntry(line, Kind.LABEL, marker, Optional.of(listFree(numbered.get())))
                    : new BodyEntry(line, Kind.ITEM, marker, Optional.empty());
        }
        return Label.of(s).map(l -> label(line, l)).orElseGet(() -> new BodyEntry(line, Kind.TEXT, Optional.empty(), Optional.empty()));
    }

    private static BodyEntry label(BodyLine line, Label label) {
        return new BodyEntry(line, Kind.LABEL, Optional.empty(), Optional.of(listFree(label)));
    }

    /** The label without a value that only announces the list below it. */
    private static Label listFree(Label label) {
        return ANNOUNCES_LIST.matcher(label.value()).matches() ? new Label(label.role(), label.name(), "") : label;
    }

    boolean isItem(String style) {
        return kind == Kind.ITEM && marker.get().style().equals(style);
    }

    /** A label naming a field only a measure has: what tells a measure from a plain numbered paragraph. */
    boolean isMeasureField() {
        return kind == Kind.LABEL && label.get().measureField();
    }
}
