package org.itaminer.pipeline.genre;

import java.util.List;
import java.util.stream.Collectors;
import org.itaminer.pipeline.genre.GenreChoices.Digits;
import org.itaminer.pipeline.genre.GenreDocument.Block;
import org.itaminer.pipeline.genre.GenreDocument.Grid;
import org.itaminer.pipeline.genre.GenreDocument.Page;
import org.itaminer.pipeline.genre.GenreDocument.Para;

/**
 * Renders a generated document in the project's plain-text table form: paragraphs as lines with a blank line
 * after, table rows as tab-separated cells (a cell of several lines as {@code <p>} paragraphs). A page break
 * shows only where a table's header is printed again, as the form has it.
 */
final class TextForm {

    private TextForm() {
    }

    static String render(GenreDocument doc) {
        StringBuilder b = new StringBuilder();
        for (Page page : doc.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof Para p) {
                    p.lines().forEach(l -> b.append(l).append('\n'));
                } else if (block instanceof Grid g) {
                    for (List<List<String>> row : g.rows()) {
                        b.append(row.stream().map(TextForm::cell).collect(Collectors.joining("\t"))).append('\n');
                    }
                }
                b.append('\n');
            }
        }
        String text = b.toString();
        return doc.choices().digits() == Digits.THAI ? ThaiForms.thaiDigits(text) : text;
    }

    private static String cell(List<String> lines) {
        if (lines.size() == 1) {
            return lines.get(0);
        }
        return lines.stream().map(l -> "<p>" + l + "</p>").collect(Collectors.joining());
    }
}
