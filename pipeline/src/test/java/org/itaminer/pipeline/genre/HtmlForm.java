package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.pipeline.genre.GenreChoices.Digits;
import org.itaminer.pipeline.genre.GenreDocument.Block;
import org.itaminer.pipeline.genre.GenreDocument.Grid;
import org.itaminer.pipeline.genre.GenreDocument.Page;
import org.itaminer.pipeline.genre.GenreDocument.Para;
import org.itaminer.pipeline.genre.HtmlStyle.HeaderCells;
import org.itaminer.pipeline.genre.HtmlStyle.Headings;
import org.itaminer.pipeline.genre.HtmlStyle.Lines;
import org.itaminer.pipeline.genre.HtmlStyle.Spans;
import org.itaminer.pipeline.genre.HtmlStyle.Wrapper;

/**
 * Renders a generated document as the web page an agency publishes ({@link HtmlStyle}): headings as
 * {@code <h1>}–{@code <h3>} or bold centred paragraphs, lines as {@code <p>}s, {@code <br>}s or {@code <div>}s,
 * tables with {@code border=1}, {@code <th>} or {@code <td>} header cells, two-row headers as
 * {@code colspan}/{@code rowspan} or as empty cells, {@code &nbsp;} where editors put it, and the page around it
 * ({@link HtmlPage}: a website's menu, breadcrumb, sidebar and footer, or Word's "save as web page").
 */
final class HtmlForm {

    private final HtmlStyle style;
    private final boolean thai;
    private final StringBuilder b = new StringBuilder();
    private boolean firstHeading = true;

    private HtmlForm(GenreDocument doc, HtmlStyle style) {
        this.style = style;
        this.thai = doc.choices().digits() == Digits.THAI;
    }

    /** The page's bytes in the style's encoding. */
    static byte[] render(GenreDocument doc, HtmlStyle style) {
        HtmlForm form = new HtmlForm(doc, style);
        List<Page> pages = doc.pages();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0 && style.wrapper() == Wrapper.WORD) {
                // Word's hard page break in its saved web page
                form.b.append("<span lang=TH style='font-size:16.0pt'><br clear=all style='page-break-before:always'>\n"
                        + "</span>\n");
            }
            for (Block block : pages.get(i).blocks()) {
                if (block instanceof Para p) {
                    form.para(p);
                } else {
                    form.grid((Grid) block);
                }
            }
        }
        return HtmlPage.wrap(doc, style, form.b.toString());
    }

    private boolean word() {
        return style.wrapper() == Wrapper.WORD;
    }

    /** Text as printed: Thai digits where the document uses them, markup characters escaped. */
    private String text(String s) {
        String t = thai ? ThaiForms.thaiDigits(s) : s;
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return word() ? t.replace("\"", "&quot;") : t;
    }

    private void para(Para p) {
        if (p.heading()) {
            heading(p.lines());
            return;
        }
        if (word()) {
            for (ListRuns.Run run : runs(p.lines())) {
                for (int i = 0; i < run.lines().size(); i++) {
                    b.append(run.list() ? wordListItem(run, i) : "<p class=MsoNormal><span lang=TH style='font-family:"
                            + "\"TH SarabunPSK\",sans-serif'>" + text(run.lines().get(i)) + "</span></p>").append('\n');
                }
            }
            b.append("<p class=MsoNormal><span lang=TH><o:p>&nbsp;</o:p></span></p>\n");
            return;
        }
        List<ListRuns.Run> runs = runs(p.lines());
        for (int k = 0; k < runs.size(); k++) {
            ListRuns.Run run = runs.get(k);
            if (run.list()) {
                b.append(listElement(run)).append('\n');
            } else {
                lines(run.lines(), k == runs.size() - 1);
            }
        }
    }

    private List<ListRuns.Run> runs(List<String> lines) {
        return style.lists() == HtmlStyle.Lists.ELEMENTS ? ListRuns.of(lines) : List.of(new ListRuns.Run(false, false, lines));
    }

    private String listElement(ListRuns.Run run) {
        String tag = run.numbered() ? "ol" : "ul";
        StringBuilder out = new StringBuilder("<" + tag + ">");
        run.lines().forEach(l -> out.append("<li>").append(text(l)).append("</li>"));
        return out.append("</").append(tag).append(">").toString();
    }

    /** Word's saved list item: its number as text (a bullet as Symbol's ·), spaced by non-breaking spaces. */
    private String wordListItem(ListRuns.Run run, int i) {
        String marker = run.numbered() ? text((i + 1) + ".") : "<span style='font-family:Symbol'>·</span>";
        return "<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                + "<![if !supportLists]><span lang=TH>" + marker + "<span style='font:7.0pt \"Times New Roman\"'>"
                + "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=TH>" + text(run.lines().get(i))
                + "</span></p>";
    }

    private void lines(List<String> lines, boolean last) {
        switch (style.lines()) {
            case BR -> b.append("<p>").append(String.join("<br>\n", lines.stream().map(this::text).toList()))
                    .append("</p>\n");
            case DIV -> {
                for (String l : lines) {
                    b.append("<div>").append(text(l)).append("</div>\n");
                }
                if (last) {
                    b.append("<div>&nbsp;</div>\n");
                }
            }
            default -> {
                for (int i = 0; i < lines.size(); i++) {
                    // an editor's indent: a long first line (a sentence) starts with non-breaking spaces
                    String indent = i == 0 && lines.get(i).length() > 120 ? "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" : "";
                    b.append("<p>").append(indent).append(text(lines.get(i))).append("</p>\n");
                }
            }
        }
    }

    private void heading(List<String> lines) {
        String level = firstHeading ? "h1" : "h3";
        firstHeading = false;
        List<String> texts = lines.stream().map(this::text).toList();
        if (word()) {
            for (String t : texts) {
                b.append("<p class=MsoNormal align=center style='text-align:center'><b><span lang=TH "
                        + "style='font-size:18.0pt;font-family:\"TH SarabunPSK\",sans-serif'>").append(t)
                        .append("<o:p></o:p></span></b></p>\n");
            }
            return;
        }
        boolean h = style.headings() == Headings.H;
        String open = h ? "<" + level + " style=\"text-align:center\">" : "<p align=\"center\"><strong>";
        String close = h ? "</" + level + ">" : "</strong></p>";
        switch (style.lines()) {
            case BR -> b.append(open).append(String.join("<br>", texts)).append(close).append('\n');
            case DIV -> {
                for (String t : texts) {
                    b.append(h ? open + t + close : "<div style=\"text-align: center;\"><b>" + t + "</b></div>")
                            .append('\n');
                }
            }
            default -> texts.forEach(t -> b.append(open).append(t).append(close).append('\n'));
        }
    }

    private void grid(Grid g) {
        b.append(word() ? "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=\"100%\" "
                + "style='border-collapse:collapse;border:none'>\n"
                : g.ruled() ? "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n"
                : "<table width=\"100%\" border=\"0\">\n");
        int n = g.columns();
        boolean merged = style.spans() == Spans.MERGED;
        List<List<List<String>>> rows = g.rows();
        boolean twoRow = g.headerRows() == 2 && rows.size() > 1;
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < g.headerRows();
            List<List<String>> row = rows.get(r);
            b.append(word() ? "<tr style='page-break-inside:avoid'>\n" : "<tr>\n");
            int c = 0;
            while (c < n) {
                List<String> cell = cell(row, c);
                int colspan = 1;
                int rowspan = 1;
                if (merged && header && twoRow && r == 0) {
                    // a cell over empty neighbours that head columns of the second row spans them
                    while (!cell.isEmpty() && c + colspan < n && cell(row, c + colspan).isEmpty()
                            && !cell(rows.get(1), c + colspan).isEmpty()) {
                        colspan++;
                    }
                    if (!cell.isEmpty() && colspan == 1 && cell(rows.get(1), c).isEmpty()) {
                        rowspan = 2;
                    }
                } else if (merged && header && twoRow && r == 1 && cell.isEmpty() && !cell(rows.get(0), c).isEmpty()) {
                    c++; // covered by the rowspan above
                    continue;
                } else if (merged && !header && n == 2 && !cell.isEmpty() && c == 0 && cell(row, 1).isEmpty()) {
                    colspan = 2; // a group row of a two-column table
                }
                cell(cell, header, colspan, rowspan);
                c += colspan;
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        if (!word() && style.lines() != Lines.DIV) {
            b.append("<p>&nbsp;</p>\n");
        }
    }

    private static List<String> cell(List<List<String>> row, int c) {
        return c < row.size() ? row.get(c) : List.of();
    }

    private void cell(List<String> lines, boolean header, int colspan, int rowspan) {
        boolean th = header && style.headerCells() == HeaderCells.TH;
        StringBuilder open = new StringBuilder(th ? "<th" : "<td");
        if (colspan > 1) {
            open.append(" colspan=\"").append(colspan).append('"');
        }
        if (rowspan > 1) {
            open.append(" rowspan=\"").append(rowspan).append('"');
        }
        open.append(header && !th ? " align=\"center\"" : " valign=\"top\"").append('>');
        b.append(open);
        List<String> texts = new ArrayList<>(lines.stream().map(this::text).toList());
        if (header && !th) {
            texts.replaceAll(t -> "<b>" + t + "</b>");
        }
        List<ListRuns.Run> runs = header ? List.of() : runs(lines);
        if (runs.size() == 1 && runs.get(0).list()) {
            ListRuns.Run run = runs.get(0);
            if (word()) {
                for (int i = 0; i < run.lines().size(); i++) {
                    b.append(wordListItem(run, i));
                }
            } else {
                b.append(listElement(run));
            }
        } else if (texts.isEmpty()) {
            b.append("&nbsp;");
        } else if (word()) {
            texts.forEach(t -> b.append("<p class=MsoNormal><span lang=TH>").append(t).append("</span></p>"));
        } else if (texts.size() == 1) {
            b.append(texts.get(0));
        } else {
            switch (style.lines()) {
                case BR -> b.append(String.join("<br>", texts));
                case DIV -> texts.forEach(t -> b.append("<div>").append(t).append("</div>"));
                default -> texts.forEach(t -> b.append("<p>").append(t).append("</p>"));
            }
        }
        b.append(th ? "</th>\n" : "</td>\n");
    }
}
