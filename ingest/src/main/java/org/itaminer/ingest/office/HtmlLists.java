package org.itaminer.ingest.office;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalInt;
import org.xml.sax.Attributes;

/**
 * The numbers a browser prints before the items of an ordered list ({@code <ol>}, from its {@code start}): they are
 * not in the page's text, yet they are the measures' and steps' numbers as the reader sees them ("๑." in a plan
 * typed in the text form, "1." on the web page of the same plan). Unordered lists, lists styled
 * {@code list-style-type: none} and lettered or Roman ones ({@code type="a"}) add nothing.
 */
final class HtmlLists {

    /** Per open list: the next item's number, or -1 when the list prints no number. */
    private final Deque<int[]> open = new ArrayDeque<>();

    void open(String element, Attributes atts) {
        boolean numbered = element.equals("ol") && !noMarker(atts.getValue("style"))
                && (atts.getValue("type") == null || atts.getValue("type").strip().equals("1"));
        open.push(new int[] {numbered ? start(atts.getValue("start")) : -1});
    }

    void close() {
        open.poll();
    }

    /** The number of the list item that starts now, when its list prints one. */
    OptionalInt number() {
        int[] list = open.peek();
        if (list == null || list[0] < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(list[0]++);
    }

    private static boolean noMarker(String style) {
        return style != null && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("list-style-type:none");
    }

    private static int start(String value) {
        try {
            return value == null ? 1 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
