package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Joins the printed lines of a table cell into its paragraphs. */
public final class CellText {

    /** A line starting a list item: "1." "๑." "1)" "(1)" "1.1" "-" "•" ... */
    static final Pattern LIST_START = Pattern.compile(
            "^\\s*(?:[0-9๐-๙]{1,3}(?:\\.[0-9๐-๙]{1,3})*[.)](?![0-9๐-๙])"
                    + "|[0-9๐-๙]{1,3}(?:\\.[0-9๐-๙]{1,3})+\\s"
                    + "|\\([0-9๐-๙]{1,3}\\)|[-–—•▪●○◦❖➢➤►▶✓*](?!-))");

    private CellText() {
    }

    /**
     * Wrapped lines are joined with a space; a line that starts a list item, or follows a clearly
     * larger vertical gap, starts a new paragraph.
     */
    static List<String> paragraphs(List<TextLine> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        TextLine prev = null;
        for (TextLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean newPara = prev == null || startsListItem(text)
                    || line.baseline() - prev.baseline() > 2.0 * Math.max(line.size(), prev.size());
            if (newPara && para.length() > 0) {
                out.add(para.toString());
                para.setLength(0);
            }
            if (para.length() > 0) {
                para.append(' ');
            }
            para.append(text);
            prev = line;
        }
        if (para.length() > 0) {
            out.add(para.toString());
        }
        return out;
    }

    /** Same, for lines without positions (stream tables). */
    public static List<String> paragraphsOfText(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String raw : lines) {
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (startsListItem(text) && para.length() > 0) {
                out.add(para.toString());
                para.setLength(0);
            }
            if (para.length() > 0) {
                para.append(' ');
            }
            para.append(text);
        }
        if (para.length() > 0) {
            out.add(para.toString());
        }
        return out;
    }

    static boolean startsListItem(String text) {
        return LIST_START.matcher(text).lookingAt();
    }
}
