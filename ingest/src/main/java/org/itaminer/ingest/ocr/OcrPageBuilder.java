package org.itaminer.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Recognition;
import org.itaminer.model.layout.RecognizedWord;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TextLayer;

/**
 * A recognised page into the layout model: ruled tables found in the image get the words whose centres
 * fall in their cells; tables without rulings are read from the alignment of the other words
 * ({@link BorderlessTables}), each word kept in the cell the column finder put its text in; the remaining lines
 * become paragraphs as the engine grouped them. Blocks are ordered top to bottom.
 */
public final class OcrPageBuilder {

    private OcrPageBuilder() {
    }

    /**
     * @param number the page's number
     * @param recognized what the engine read
     * @param grids the ruled tables found in the same image (may be empty)
     * @param textLayer why the page was read by OCR
     */
    public static Page build(int number, RecognizedPage recognized, List<CellGrid> grids, TextLayer textLayer) {
        return build(number, recognized, grids, textLayer, List.of());
    }

    /** @param doubtfulNumbers the page's numbers whose digits cannot be trusted, as phrases for warnings */
    public static Page build(int number, RecognizedPage recognized, List<CellGrid> grids, TextLayer textLayer,
            List<String> doubtfulNumbers) {
        List<Placed> blocks = new ArrayList<>();
        List<List<OcrWord>> tableWords = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            tableWords.add(new ArrayList<>());
        }
        // each line's words are made once: the borderless tables and the blocks below both read them
        Map<List<Symbol>, List<OcrWord>> lineWords = new IdentityHashMap<>();
        BorderlessTables.Found borderless = BorderlessTables.find(recognized, grids,
                line -> lineWords.computeIfAbsent(line, LineText::words));
        double confidence = 0;
        int words = 0;
        int low = 0;
        for (List<List<Symbol>> paragraph : recognized.paragraphs()) {
            List<String> lines = new ArrayList<>();
            List<CellGrid.PlacedWord> placed = new ArrayList<>();
            int top = Integer.MAX_VALUE;
            for (List<Symbol> line : paragraph) {
                List<OcrWord> free = new ArrayList<>();
                for (OcrWord word : lineWords.computeIfAbsent(line, LineText::words)) {
                    confidence += word.confidence();
                    words++;
                    if (word.confidence() < Recognition.LOW_CONFIDENCE) {
                        low++;
                    }
                    int grid = gridOf(word, grids);
                    if (grid >= 0) {
                        tableWords.get(grid).add(word);
                    } else if (!borderless.took(line)) {
                        free.add(word);
                    }
                }
                if (!free.isEmpty()) {
                    int lineIndex = lines.size();
                    free.forEach(w -> placed.add(new CellGrid.PlacedWord(w, lineIndex, 0)));
                    lines.add(LineText.text(free));
                    top = Math.min(top, free.get(0).box().top());
                }
            }
            if (!lines.isEmpty()) {
                blocks.add(new Placed(top, new Paragraph(lines), placed));
            }
        }
        for (int i = 0; i < grids.size(); i++) {
            CellGrid grid = grids.get(i);
            CellGrid.Filled filled = grid.fillPlaced(tableWords.get(i));
            if (!filled.table().rows().isEmpty()) {
                blocks.add(new Placed(grid.bounds().top(), filled.table(), filled.words()));
            }
        }
        borderless.tables().forEach(t -> blocks.add(new Placed(t.top(), t.table(), t.words())));
        blocks.sort(Comparator.comparingInt(Placed::top));
        Recognition recognition = new Recognition(recognized.engine(), words == 0 ? 0 : confidence / words, words, low,
                doubtfulNumbers);
        return new Page(number, blocks.stream().map(Placed::block).toList(), textLayer, recognition, words(blocks));
    }

    /**
     * The blocks' words with their places, in block order: every word is kept on the page with its confidence and
     * its place (block, and line or cell), so that a reader can tell which cell or line to check.
     */
    private static List<RecognizedWord> words(List<Placed> blocks) {
        List<RecognizedWord> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (CellGrid.PlacedWord p : blocks.get(b).words()) {
                OcrWord w = p.word();
                if (!w.text().isBlank()) {
                    Box box = w.box();
                    // a tenth of a point is finer than any threshold reads, and keeps the JSON short
                    double confidence = Math.max(0, Math.min(100, Math.round(w.confidence() * 10) / 10.0));
                    out.add(new RecognizedWord(w.text(), confidence,
                            new RecognizedWord.Box(box.left(), box.top(), box.right(), box.bottom()), b, p.row(), p.column()));
                }
            }
        }
        return out;
    }

    private static int gridOf(OcrWord word, List<CellGrid> grids) {
        for (int i = 0; i < grids.size(); i++) {
            if (grids.get(i).bounds().contains(word.box().centreX(), word.box().centreY())) {
                return i;
            }
        }
        return -1;
    }

    /** A block, where its top is, and its words with their places in it. */
    private record Placed(int top, Block block, List<CellGrid.PlacedWord> words) {
    }
}
