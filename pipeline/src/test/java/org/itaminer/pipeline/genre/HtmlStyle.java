package org.itaminer.pipeline.genre;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How one generated document is published as a web page ({@link HtmlForm}), each drawn independently. Drawn from
 * a Random of its own (seeded from the document's seed and index), so that adding the HTML form leaves the text
 * and PDF documents exactly as they were.
 */
record HtmlStyle(Wrapper wrapper, HeaderCells headerCells, Spans spans, Lines lines, Headings headings,
                 Charset charset, Lists lists) {

    /**
     * What is around the content: nothing, Word's "save as web page", or an agency website's page with its menu,
     * breadcrumb, sidebar and footer, marked up with HTML5 elements or with {@code <div id=…>}s.
     */
    enum Wrapper { BARE, WORD, CMS_HTML5, CMS_DIVS }

    /** Table header cells as {@code <th>} or as {@code <td>} (often with {@code <b>}). */
    enum HeaderCells { TH, TD }

    /** A spanning cell as {@code colspan}/{@code rowspan}, or the grid drawn with empty cells where a span would be. */
    enum Spans { MERGED, EMPTY_CELLS }

    /** A paragraph's lines: one {@code <p>} each, {@code <br>} inside one {@code <p>}, or one {@code <div>} each. */
    enum Lines { P, BR, DIV }

    /** Headings as {@code <h1>}–{@code <h3>} or as bold centred paragraphs. */
    enum Headings { H, BOLD_CENTRED }

    /**
     * Numbered and bulleted step lists as text ("1. …", "- …") or as the editor's list elements ({@code <ol>},
     * {@code <ul>}: the browser prints the numbers; Word's saved lists keep them as text, bullets as Symbol's ·).
     */
    enum Lists { TEXT, ELEMENTS }

    /** The page's encoding. */
    enum Charset { UTF_8, WINDOWS_874 }

    /** The style of document {@code index} of generator seed {@code seed}. */
    static HtmlStyle of(long seed, int index) {
        // mixed (SplitMix64's finalizer): Random's first draws from neighbouring seeds are alike
        long z = (seed * 1_000_003L + index) ^ 0x48544D4C_00000000L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        Random r = new Random(z ^ (z >>> 31));
        Wrapper wrapper = pick(r, Wrapper.values());
        return new HtmlStyle(wrapper, pick(r, HeaderCells.values()), pick(r, Spans.values()), pick(r, Lines.values()),
                pick(r, Headings.values()), r.nextInt(4) == 0 ? Charset.WINDOWS_874 : Charset.UTF_8,
                pick(r, Lists.values()));
    }

    private static <E> E pick(Random r, E[] values) {
        return values[r.nextInt(values.length)];
    }

    /** The classes of this style, e.g. {@code html=cms-divs}, added to the document's own in the HTML form. */
    List<String> classes() {
        return List.of(name("html", wrapper), name("html-header", headerCells), name("html-spans", spans),
                name("html-lines", lines), name("html-heading", headings), name("html-charset", charset),
                name("html-lists", lists));
    }

    private static String name(String dimension, Enum<?> value) {
        return dimension + "=" + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
