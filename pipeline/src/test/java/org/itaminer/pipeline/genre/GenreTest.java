package org.itaminer.pipeline.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.itaminer.pipeline.eval.ScoreTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred generated documents of the genre (seeded, so the same every run) through ingest and extract,
 * scored as score.py scores: field F1 per variation class must not fall below what extraction reached when
 * the threshold was set. The target of issue 11 is 0.97 for every class; the table is printed each run.
 */
class GenreTest {

    static final long SEED = 11;
    static final int TEXT_DOCUMENTS = 300;
    static final int PDF_EVERY = 5;
    static final int HTML_EVERY = 3;

    /**
     * The least field F1 per class in the text form: what extraction reached on this branch, floored to two
     * decimals (raise them as extraction improves; the goal is 0.97). "all" is every document, and the floor of a
     * class missing here.
     */
    static final Map<String, Double> TEXT_FLOOR = Map.ofEntries(
            Map.entry("all", 1.00),
            Map.entry("columns=budget-kpi", 1.00),
            Map.entry("columns=fewer", 1.00),
            Map.entry("columns=issue-first", 1.00),
            Map.entry("columns=number-first", 1.00),
            Map.entry("columns=shuffled", 1.00),
            Map.entry("columns=standard", 1.00),
            Map.entry("columns=two-row", 1.00),
            Map.entry("cover=memo", 1.00),
            Map.entry("cover=none", 1.00),
            Map.entry("cover=preamble", 1.00),
            Map.entry("digits=arabic", 1.00),
            Map.entry("digits=thai", 1.00),
            Map.entry("headers=synonyms", 1.00),
            Map.entry("headers=usual", 1.00),
            Map.entry("heading=agency-first", 1.00),
            Map.entry("heading=block", 1.00),
            Map.entry("heading=one-line", 1.00),
            Map.entry("heading=separate", 1.00),
            Map.entry("kind=plan", 1.00),
            Map.entry("kind=report", 1.00),
            Map.entry("layout=paragraphs", 1.00),
            Map.entry("layout=schedule", 1.00),
            Map.entry("layout=table", 1.00),
            Map.entry("numbering=decimal", 1.00),
            Map.entry("numbering=dot", 1.00),
            Map.entry("numbering=half-paren", 1.00),
            Map.entry("numbering=measure-word", 1.00),
            Map.entry("numbering=none", 1.00),
            Map.entry("numbering=paren", 1.00),
            Map.entry("pages=break", 1.00),
            Map.entry("pages=continuation", 1.00),
            Map.entry("pages=one", 1.00),
            Map.entry("period=days", 1.00),
            Map.entry("period=fiscal-year", 1.00),
            Map.entry("period=full-months", 1.00),
            Map.entry("period=months-with-years", 1.00),
            Map.entry("period=months-year-once", 1.00),
            Map.entry("period=one-quarter", 1.00),
            Map.entry("period=quarter-range", 1.00),
            Map.entry("period=whole-year", 1.00),
            Map.entry("pretable=budget", 1.00),
            Map.entry("pretable=ita-grouped", 1.00),
            Map.entry("pretable=ita-table", 1.00),
            Map.entry("pretable=none", 1.00),
            Map.entry("signature=lines", 1.00),
            Map.entry("signature=none", 1.00),
            Map.entry("signature=table", 1.00),
            Map.entry("steps=bullets", 1.00),
            Map.entry("steps=letters", 1.00),
            Map.entry("steps=numbered", 1.00),
            Map.entry("steps=paragraphs", 1.00),
            Map.entry("steps=parens", 1.00));
    /** The same for the text-layer PDFs. */
    static final Map<String, Double> PDF_FLOOR = Map.ofEntries(
            Map.entry("all", 1.00),
            Map.entry("columns=budget-kpi", 1.00),
            Map.entry("columns=fewer", 1.00),
            Map.entry("columns=issue-first", 1.00),
            Map.entry("columns=number-first", 1.00),
            Map.entry("columns=shuffled", 1.00),
            Map.entry("columns=standard", 1.00),
            Map.entry("columns=two-row", 1.00),
            Map.entry("cover=memo", 1.00),
            Map.entry("cover=none", 1.00),
            Map.entry("cover=preamble", 1.00),
            Map.entry("digits=arabic", 1.00),
            Map.entry("digits=thai", 1.00),
            Map.entry("headers=synonyms", 1.00),
            Map.entry("headers=usual", 1.00),
            Map.entry("heading=agency-first", 1.00),
            Map.entry("heading=block", 1.00),
            Map.entry("heading=one-line", 1.00),
            Map.entry("heading=separate", 1.00),
            Map.entry("kind=plan", 1.00),
            Map.entry("kind=report", 1.00),
            Map.entry("layout=paragraphs", 1.00),
            Map.entry("layout=schedule", 1.00),
            Map.entry("layout=table", 1.00),
            Map.entry("numbering=decimal", 1.00),
            Map.entry("numbering=dot", 1.00),
            Map.entry("numbering=half-paren", 1.00),
            Map.entry("numbering=measure-word", 1.00),
            Map.entry("numbering=none", 1.00),
            Map.entry("numbering=paren", 1.00),
            Map.entry("pages=break", 1.00),
            Map.entry("pages=continuation", 1.00),
            Map.entry("pages=one", 1.00),
            Map.entry("period=days", 1.00),
            Map.entry("period=fiscal-year", 1.00),
            Map.entry("period=full-months", 1.00),
            Map.entry("period=months-with-years", 1.00),
            Map.entry("period=months-year-once", 1.00),
            Map.entry("period=one-quarter", 1.00),
            Map.entry("period=quarter-range", 1.00),
            Map.entry("period=whole-year", 1.00),
            Map.entry("pretable=budget", 1.00),
            Map.entry("pretable=ita-grouped", 1.00),
            Map.entry("pretable=ita-table", 1.00),
            Map.entry("pretable=none", 1.00),
            Map.entry("signature=lines", 1.00),
            Map.entry("signature=none", 1.00),
            Map.entry("signature=table", 1.00),
            Map.entry("steps=bullets", 1.00),
            Map.entry("steps=letters", 1.00),
            Map.entry("steps=numbered", 1.00),
            Map.entry("steps=paragraphs", 1.00),
            Map.entry("steps=parens", 1.00));

    /** The same for the documents published as web pages (every {@value #HTML_EVERY}rd, {@link HtmlStyle}). */
    static final Map<String, Double> HTML_FLOOR = Map.ofEntries(
            Map.entry("all", 1.00),
            Map.entry("columns=budget-kpi", 1.00),
            Map.entry("columns=fewer", 1.00),
            Map.entry("columns=issue-first", 1.00),
            Map.entry("columns=number-first", 1.00),
            Map.entry("columns=shuffled", 1.00),
            Map.entry("columns=standard", 1.00),
            Map.entry("columns=two-row", 1.00),
            Map.entry("cover=memo", 1.00),
            Map.entry("cover=none", 1.00),
            Map.entry("cover=preamble", 1.00),
            Map.entry("digits=arabic", 1.00),
            Map.entry("digits=thai", 1.00),
            Map.entry("headers=synonyms", 1.00),
            Map.entry("headers=usual", 1.00),
            Map.entry("heading=agency-first", 1.00),
            Map.entry("heading=block", 1.00),
            Map.entry("heading=one-line", 1.00),
            Map.entry("heading=separate", 1.00),
            Map.entry("html-charset=utf-8", 1.00),
            Map.entry("html-charset=windows-874", 1.00),
            Map.entry("html-header=td", 1.00),
            Map.entry("html-header=th", 1.00),
            Map.entry("html-heading=bold-centred", 1.00),
            Map.entry("html-heading=h", 1.00),
            Map.entry("html-lines=br", 1.00),
            Map.entry("html-lines=div", 1.00),
            Map.entry("html-lines=p", 1.00),
            Map.entry("html-lists=elements", 1.00),
            Map.entry("html-lists=text", 1.00),
            Map.entry("html-spans=empty-cells", 1.00),
            Map.entry("html-spans=merged", 1.00),
            Map.entry("html=bare", 1.00),
            Map.entry("html=cms-divs", 1.00),
            Map.entry("html=cms-html5", 1.00),
            Map.entry("html=word", 1.00),
            Map.entry("kind=plan", 1.00),
            Map.entry("kind=report", 1.00),
            Map.entry("layout=paragraphs", 1.00),
            Map.entry("layout=schedule", 1.00),
            Map.entry("layout=table", 1.00),
            Map.entry("numbering=decimal", 1.00),
            Map.entry("numbering=dot", 1.00),
            Map.entry("numbering=half-paren", 1.00),
            Map.entry("numbering=measure-word", 1.00),
            Map.entry("numbering=none", 1.00),
            Map.entry("numbering=paren", 1.00),
            Map.entry("pages=break", 1.00),
            Map.entry("pages=continuation", 1.00),
            Map.entry("pages=one", 1.00),
            Map.entry("period=days", 1.00),
            Map.entry("period=fiscal-year", 1.00),
            Map.entry("period=full-months", 1.00),
            Map.entry("period=months-with-years", 1.00),
            Map.entry("period=months-year-once", 1.00),
            Map.entry("period=one-quarter", 1.00),
            Map.entry("period=quarter-range", 1.00),
            Map.entry("period=whole-year", 1.00),
            Map.entry("pretable=budget", 1.00),
            Map.entry("pretable=ita-grouped", 1.00),
            Map.entry("pretable=ita-table", 1.00),
            Map.entry("pretable=none", 1.00),
            Map.entry("signature=lines", 1.00),
            Map.entry("signature=none", 1.00),
            Map.entry("signature=table", 1.00),
            Map.entry("steps=bullets", 1.00),
            Map.entry("steps=letters", 1.00),
            Map.entry("steps=numbered", 1.00),
            Map.entry("steps=paragraphs", 1.00),
            Map.entry("steps=parens", 1.00));

    @TempDir
    Path dir;

    @Test
    void everyVariationClassKeepsItsFieldF1() throws Exception {
        GenreGenerator generator = new GenreGenerator(SEED);
        GenreRun run = new GenreRun(dir);
        PdfForm pdf = new PdfForm();
        ScoreTable text = new ScoreTable();
        ScoreTable pdfs = new ScoreTable();
        ScoreTable htmls = new ScoreTable();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long htmlCpu = 0;
        for (int i = 0; i < TEXT_DOCUMENTS; i++) {
            GenreDocument doc = generator.generate(i);
            run.text(doc, text);
            if (i % PDF_EVERY == 0) {
                run.pdf(doc, pdf, pdfs);
            }
            if (i % HTML_EVERY == 0) {
                long t0 = cpu.getCurrentThreadCpuTime();
                run.html(doc, HtmlStyle.of(SEED, i), htmls);
                htmlCpu += cpu.getCurrentThreadCpuTime() - t0;
            }
        }
        System.out.println("genre documents, text form (seed " + SEED + ", " + TEXT_DOCUMENTS + " documents):");
        System.out.print(text.toText());
        System.out.println("genre documents, text-layer PDF (every " + PDF_EVERY + "th):");
        System.out.print(pdfs.toText());
        System.out.printf(Locale.ROOT, "genre documents, web pages (every %drd; %.1f s CPU):%n", HTML_EVERY,
                htmlCpu / 1e9);
        System.out.print(htmls.toText());
        assertEquals(List.of(), shortfalls(text, TEXT_FLOOR), "text form: classes below their floor");
        assertEquals(List.of(), shortfalls(pdfs, PDF_FLOOR), "PDF: classes below their floor");
        assertEquals(List.of(), shortfalls(htmls, HTML_FLOOR), "HTML: classes below their floor");
    }

    private static List<String> shortfalls(ScoreTable table, Map<String, Double> floors) {
        List<String> out = new ArrayList<>();
        table.rows().forEach((cls, row) -> {
            double f1 = row.fields().total().f1();
            double floor = floors.getOrDefault(cls, floors.get("all"));
            if (f1 < floor - 1e-9) { // a measured 0.75 may be 0.7499999…
                out.add(String.format(Locale.ROOT, "%s %.4f < %.2f", cls, f1, floor));
            }
        });
        return out;
    }
}
