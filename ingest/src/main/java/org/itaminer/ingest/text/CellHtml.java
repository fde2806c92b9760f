package org.itaminer.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the HTML fragment of a table cell ({@code <p>}, {@code <ul>/<ol>/<li>}, {@code <br>},
 * {@code <u>}, {@code <strong>} ...) into the cell's paragraphs, with jsoup. Block elements and
 * {@code <br>} end a paragraph; inline elements only contribute their text. Items of an ordered list
 * get the number the browser would print, unless the text already starts with one.
 */
final class CellHtml {

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "br", "tr", "td", "th", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article");

    private CellHtml() {
    }

    /** True when the cell text holds a tag jsoup should read. */
    static boolean looksLikeHtml(String cell) {
        int lt = cell.indexOf('<');
        return lt >= 0 && lt + 1 < cell.length()
                && (Character.isLetter(cell.charAt(lt + 1)) || cell.charAt(lt + 1) == '/');
    }

    static List<String> paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(body, out, current);
        flush(out, current);
        return out;
    }

    private static void walk(Node node, List<String> out, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush(out, current);
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    flush(out, current);
                }
                if (tag.equals("li") && isNumberedList(element.parent())) {
                    String own = element.text().strip();
                    if (own.isEmpty() || !Character.isDigit(own.codePointAt(0))) {
                        current.append(element.elementSiblingIndex() + 1).append(". ");
                    }
                }
                walk(element, out, current);
                if (block) {
                    flush(out, current);
                }
            }
        }
    }

    private static boolean isNumberedList(Element list) {
        if (list == null || !list.normalName().equals("ol")) {
            return false;
        }
        return !list.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("list-style-type:none");
    }

    private static void flush(List<String> out, StringBuilder current) {
        String text = current.toString().replace('\u00A0', ' ').strip();
        if (!text.isEmpty()) {
            out.add(WHITE_SPACE.matcher(text).replaceAll(" "));
        }
        current.setLength(0);
    }
}
