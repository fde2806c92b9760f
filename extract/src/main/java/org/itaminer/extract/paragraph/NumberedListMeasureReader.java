package org.itaminer.extract.paragraph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.DocumentContext;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;
import org.itaminer.extract.meta.DocumentText;
import org.itaminer.extract.meta.TextLine;
import org.itaminer.thai.ThaiTextNormalizer;

/**
 * Reads the measures of a ประกาศ whose subject is มาตรการ... and which sets them as a plain numbered list
 * (ประกาศ เรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง: "๑.จัดทำแผนจัดซื้อจัดจ้างประจำปี ...",
 * "๒.มีการประกาศเผยแพร่ ..."). Each top-level item is a measure, its text the title; its sub-items
 * ("1.1", "(1)", "- ", "ก.") are its steps. It reads only documents whose title's subject is measures
 * ({@link org.itaminer.extract.meta.TitleFinder.Title#subjectIsMeasures()}), since ประกาศ, คำสั่ง and manuals on other subjects number their clauses the same way.
 *
 * <p>A list counts up from 1. Lines of one item wrap inside its paragraph; a page break may come between
 * items or inside one, with the catchword ("/๑๓.ให้ทำรายงาน...": the next page's first words, as official
 * letters print them) and the page number ("-๒-") between: those are skipped. A paragraph that is not an
 * item on the same page, or the closing formula (จึงประกาศให้ทราบโดยทั่วกัน, ประกาศ ณ วันที่), ends the
 * list. Where a document has several lists (objectives, then measures), the longest is the measures.
 */
public final class NumberedListMeasureReader implements MeasureReader {

    /** "1.", "1)", "ข้อ 1", "ข้อ 1." at the start of a line; not "1.1" (a sub-item). */
    private static final Pattern ITEM = Pattern.compile("^(ข้อ(?:ที่)?\\s*)?(\\d{1,2})(?:\\s*([.)])(?!\\d)|\\s)\\s*(\\S.*)$");
    /** "1.1", "1.1.", "(1)", "- ", "• ", "ก." / "ก)": a sub-item, one step of the item above. */
    private static final Pattern SUB_ITEM = Pattern.compile(
            "^(?:\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?\\.?|\\(\\d{1,2}\\)|[-–•●▪*]|[ก-ฮ][.)])\\s*(\\S.*)$");
    /** The page number ("-๒-", "- 2 -", "2") and the catchword ("/๑๓.ให้ทำรายงาน...") around a page break. */
    private static final Pattern PAGE_FURNITURE = Pattern.compile("^(?:[-–(]?\\s*\\d{1,3}\\s*[-–)]?|/.{1,60}(?:\\.{2,}|…))$");
    private static final Pattern CLOSING = Pattern.compile("^(?:จึงประกาศ|จึงขอประกาศ|ประกาศ\\s*ณ|สั่ง\\s*ณ|ทั้งนี้\\s*ตั้งแต่)");
    private static final int MIN_ITEMS = 2;
    /** The longest section heading of the genre's plans ("หลักการและเหตุผล", "วัตถุประสงค์") is short. */
    private static final int SECTION_HEADING_CHARS = 24;

    @Override
    public List<MeasureDraft> read(DocumentContext document) {
        // ประกาศ, คำสั่ง and manuals on other subjects number their clauses the same way
        return document.title().subjectIsMeasures() ? read(document.text()) : List.of();
    }

    static List<MeasureDraft> read(DocumentText text) {
        List<List<Item>> lists = new ArrayList<>();
        List<Item> list = null;
        Item item = null;
        int paragraph = -1;
        int page = 0;
        boolean pageBroke = false;
        for (TextLine line : text.paragraphLines()) {
            String s = line.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (PAGE_FURNITURE.matcher(s).matches()) {
                continue;
            }
            if (line.page() != page) {
                pageBroke = page != 0;
                page = line.page();
            }
            boolean newParagraph = line.paragraph() != paragraph;
            paragraph = line.paragraph();
            Matcher start = ITEM.matcher(s);
            // an item is marked the way the list's first item is: under "1." items, "1)" lines are sub-items
            String style = !start.find() ? null : start.group(1) != null ? "ข้อ" : start.group(3);
            if (style != null && (item == null || style.equals(item.style))) {
                int n = Integer.parseInt(start.group(2));
                if (n == 1) {
                    list = new ArrayList<>();
                    lists.add(list);
                }
                if (list != null && (n == 1 || n == list.size() + 1)) {
                    item = new Item(start.group(2), style, line.page(), start.group(4));
                    item.title.append(start.group(4));
                    list.add(item);
                    pageBroke = false;
                    continue;
                }
            }
            if (item == null) {
                continue;
            }
            if (CLOSING.matcher(s).find() || newParagraph && !pageBroke && style == null && !SUB_ITEM.matcher(s).find()) {
                item = null; // the list has ended
                list = null;
                continue;
            }
            pageBroke = false;
            Matcher sub = SUB_ITEM.matcher(s);
            if (sub.find()) {
                item.steps.add(new StringBuilder(sub.group(1)));
            } else if (style != null) {
                item.steps.add(new StringBuilder(start.group(4))); // "1)" under "1.": a sub-item too
            } else {
                StringBuilder last = item.steps.isEmpty() ? item.title : item.steps.get(item.steps.size() - 1);
                last.append(' ').append(s);
            }
            item.continued = true;
        }
        List<Item> longest = List.of();
        for (List<Item> l : lists) {
            if (l.size() >= longest.size() && !outline(l)) {
                longest = l;
            }
        }
        if (longest.size() < MIN_ITEMS) {
            return List.of();
        }
        return longest.stream().map(Item::draft).toList();
    }

    /**
     * A list of the document's sections (๑. หลักการและเหตุผล, ๒. วัตถุประสงค์, ๓. เป้าหมาย): most items are a
     * short heading alone on its line with their body on the lines below, where a measure is a sentence.
     */
    private static boolean outline(List<Item> list) {
        long headings = list.stream().filter(i -> i.continued && i.firstLine.replace(" ", "").length() <= SECTION_HEADING_CHARS).count();
        return headings * 2 > list.size();
    }

    private static final class Item {
        final String number;
        final String style;
        final int page;
        final StringBuilder title = new StringBuilder();
        final List<StringBuilder> steps = new ArrayList<>();
        final String firstLine;
        boolean continued;

        Item(String number, String style, int page, String firstLine) {
            this.firstLine = firstLine;
            this.number = number;
            this.style = style;
            this.page = page;
        }

        MeasureDraft draft() {
            Map<ColumnRole, String> fields = new EnumMap<>(ColumnRole.class);
            // lines were normalized one by one; joined, a word the line wrap cut may be mended
            fields.put(ColumnRole.MEASURE, ThaiTextNormalizer.normalize(title.toString()));
            List<String> listed = steps.stream().map(b -> ThaiTextNormalizer.normalize(b.toString()))
                    .filter(t -> !t.isEmpty()).toList();
            return MeasureDraft.labelled(Optional.of(number), fields, listed, page);
        }
    }
}
