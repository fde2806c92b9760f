package org.itaminer.extract.table;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;

/**
 * The running headers and footers of a document: paragraphs printed the same on many pages ("แผนปฏิบัติ
 * ราชการด้านการป้องกัน ปราบปรามการทุจริต ... ระยะที่ ๒ (พ.ศ. ๒๕๖๖-๒๕๗๐)" at the foot of every page). They
 * are page furniture: between two parts of a table cut by a page break they say nothing about the table.
 * Digits are ignored in the comparison, so "หน้า 4 จาก 20" repeats too.
 */
final class RunningText {

    /** On this many pages a paragraph is furniture, not content. */
    private static final int MIN_PAGES = 3;

    private RunningText() {
    }

    /** The {@link #key}s of the paragraphs printed on at least {@value #MIN_PAGES} pages. */
    static Set<String> of(LayoutDocument layout) {
        Map<String, Set<Integer>> pages = new HashMap<>();
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    pages.computeIfAbsent(key(p), k -> new HashSet<>()).add(page.number());
                }
            }
        }
        Set<String> running = new HashSet<>();
        pages.forEach((key, on) -> {
            if (on.size() >= MIN_PAGES && !key.isEmpty()) {
                running.add(key);
            }
        });
        return running;
    }

    /** A paragraph's text with white space and digits taken out. */
    static String key(Paragraph p) {
        StringBuilder key = new StringBuilder();
        for (String line : p.lines()) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isDigit(c)) {
                    key.append(c);
                }
            }
        }
        return key.toString();
    }
}
