package org.itaminer.pipeline.genre;

import java.util.List;
import java.util.Objects;
import org.itaminer.model.report.Report;

/**
 * A generated document: its pages of blocks (rendered by {@link TextForm} and {@link PdfForm}), the choices it
 * was made from and the report a correct extractor gives for it.
 *
 * @param name the file name stem
 * @param choices its variation classes
 * @param pages the content, page by page
 * @param expected the expected report (source and id are placeholders: they are not scored)
 * @param titleAlternatives titles that are as right as the expected one (a heading split over paragraphs)
 */
record GenreDocument(String name, GenreChoices choices, List<Page> pages, Report expected,
                     List<String> titleAlternatives) {

    GenreDocument {
        Objects.requireNonNull(name, "name");
        pages = List.copyOf(pages);
        titleAlternatives = List.copyOf(titleAlternatives);
    }

    record Page(List<Block> blocks) {
        Page {
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph or a table. */
    sealed interface Block permits Para, Grid {
    }

    /**
     * Lines that belong together (a heading block, a paragraph, a labelled line).
     *
     * @param heading set a point larger and centred in the PDF
     */
    record Para(List<String> lines, boolean heading) implements Block {
        Para {
            lines = List.copyOf(lines);
        }

        static Para of(String... lines) {
            return new Para(List.of(lines), false);
        }
    }

    /**
     * A table: rows of cells, each cell its lines; the first {@code headerRows} rows are the header.
     * An empty cell after a spanning header cell is drawn as part of the span in the PDF.
     *
     * @param ruled drawn with ruling lines in the PDF (else columns of aligned text)
     */
    record Grid(List<List<List<String>>> rows, int headerRows, boolean ruled) implements Block {
        Grid {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }
}
