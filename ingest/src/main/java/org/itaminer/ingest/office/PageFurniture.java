package org.itaminer.ingest.office;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * What a web page has around its document: the site's header, navigation menu, breadcrumb, sidebar and footer
 * (the agency's address, a visitor counter). An agency publishes its plan inside such a page, and none of it is
 * the document: its menu items must not become the title, nor its links to other agencies the agency. Told by
 * HTML5's elements and ARIA roles, and by the class and id words web templates give them.
 */
final class PageFurniture {

    /** Elements that are never the document (a page header only outside the content: an article's is its own). */
    private static final Set<String> ELEMENTS = Set.of("nav", "aside", "footer", "menu", "select", "button");
    private static final Set<String> ROLES = Set.of("navigation", "contentinfo", "complementary", "search", "menu",
            "menubar");
    /** Words of class and id values (split at non-letters) that templates give to the page's furniture. */
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "mainmenu", "topmenu",
            "submenu", "menubar", "breadcrumb", "breadcrumbs", "sidebar", "footer", "widget", "counter", "copyright");
    /** The page's own header, outside the content. */
    private static final Set<String> HEADER_WORDS = Set.of("header", "masthead", "banner", "topbar");
    /** Class and id words of the element that holds a template's content (a header inside it is the document's). */
    private static final Set<String> CONTENT_WORDS = Set.of("content", "maincontent", "post", "entry", "article");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    private PageFurniture() {
    }

    /** Elements that hold the document itself, inside which a header is the document's own. */
    static boolean isContent(String element, Attributes atts) {
        return isMain(element, atts) || element.equals("article") || hasWord(atts.getValue("class"), CONTENT_WORDS)
                || hasWord(atts.getValue("id"), CONTENT_WORDS);
    }

    /** HTML5's one main content of the page: where there is one, nothing outside it is the document. */
    static boolean isMain(String element, Attributes atts) {
        return element.equals("main") || "main".equals(lower(atts.getValue("role")));
    }

    /**
     * Whether the element and everything in it is the page's furniture.
     *
     * @param inContent inside a {@code <main>} or {@code <article>}
     */
    static boolean isFurniture(String element, Attributes atts, boolean inContent) {
        if (ELEMENTS.contains(element) || element.equals("header") && !inContent) {
            return true;
        }
        String role = lower(atts.getValue("role"));
        if (role != null && (ROLES.contains(role) || role.equals("banner") && !inContent)) {
            return true;
        }
        String cls = atts.getValue("class");
        String id = atts.getValue("id");
        return hasWord(cls, WORDS) || hasWord(id, WORDS)
                || !inContent && (hasWord(cls, HEADER_WORDS) || hasWord(id, HEADER_WORDS));
    }

    private static boolean hasWord(String value, Set<String> words) {
        if (value == null || value.isBlank()) {
            return false;
        }
        for (String word : SPLIT.split(value.toLowerCase(Locale.ROOT))) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
