package org.itaminer.web;

/**
 * A snippet as HTML: every character of the document escaped, then only the index's own match markers
 * ({@code <b>…</b>}, now {@code &lt;b&gt;…}) turned into {@code <mark>}. A document that itself holds {@code <b>}
 * gets a harmless mark at worst; no attribute and no other tag can come through.
 */
public final class Highlight {

    private Highlight() {
    }

    public static String html(String snippet) {
        return escape(snippet).replace("&lt;b&gt;", "<mark>").replace("&lt;/b&gt;", "</mark>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
