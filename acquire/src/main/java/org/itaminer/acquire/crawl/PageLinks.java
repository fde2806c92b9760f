package org.itaminer.acquire.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.itaminer.acquire.fetch.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page read for what a crawl needs (jsoup, the charset from the page's own meta tag or its bytes): its
 * links with their text, and its title and text. Links are {@code a[href]} and {@code area[href]}, and the
 * documents pages show inline ({@code iframe}, {@code embed}, {@code object}), which Thai agency sites often use for
 * their PDFs.
 *
 * @param title the page's title and first headings
 * @param text the page's visible text
 * @param links each address once, with the text of its first link
 * @param hasTable whether the page holds a table
 * @param linkText how many characters of the text are links' text (a menu or an index of files is mostly links)
 */
public record PageLinks(String title, String text, List<Link> links, boolean hasTable, int linkText) {

    /** A link: the address, absolute, and its anchor text (with title and image alt). */
    public record Link(URI url, String anchor) {

        public Link {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    public PageLinks {
        links = List.copyOf(links);
    }

    public static PageLinks read(Path html, URI base) throws IOException {
        Document doc = Jsoup.parse(html.toFile(), null, base.toString());
        Map<String, Link> links = new LinkedHashMap<>();
        int linkText = 0;
        for (Element a : doc.select("a[href], area[href]")) {
            add(links, base, a.attr("href"), anchor(a));
            linkText += a.text().length();
        }
        for (Element e : doc.select("iframe[src], embed[src], object[data]")) {
            add(links, base, e.hasAttr("data") ? e.attr("data") : e.attr("src"), e.attr("title"));
        }
        StringBuilder title = new StringBuilder(doc.title());
        for (Element h : doc.select("h1, h2").subList(0, Math.min(3, doc.select("h1, h2").size()))) {
            title.append(' ').append(h.text());
        }
        return new PageLinks(title.toString().strip(), doc.body() == null ? "" : doc.body().text(),
                new ArrayList<>(links.values()), !doc.select("table").isEmpty(), linkText);
    }

    private static String anchor(Element a) {
        StringBuilder s = new StringBuilder(a.text());
        if (!a.attr("title").isBlank()) {
            s.append(' ').append(a.attr("title"));
        }
        for (Element img : a.select("img[alt]")) {
            s.append(' ').append(img.attr("alt"));
        }
        return s.toString().strip();
    }

    private static void add(Map<String, Link> links, URI base, String href, String anchor) {
        resolve(base, href).ifPresent(u -> links.putIfAbsent(u.toString(), new Link(u, anchor)));
    }

    /** An absolute http(s) address, normalized; empty for mailto:, javascript:, tel: and broken ones. */
    static Optional<URI> resolve(URI base, String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#")) {
            return Optional.empty();
        }
        try {
            return Urls.normalize(base.resolve(Links.toUri(h)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
