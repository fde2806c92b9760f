package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Table;

/**
 * Turns one page's glyphs and rulings into blocks: ruled tables first ({@link RulingTableDetector}, then
 * {@link LatticeExtractor}), then stream tables among the lines left between them ({@link StreamTables}), and
 * the remaining lines as paragraphs (a larger gap between lines or another
 * type size starts a new paragraph), all in top-to-bottom order.
 */
final class PageLayoutBuilder {

    private static final TableDetector<PageContent, TableRegion> RULED = new RulingTableDetector();
    private static final TableExtractor<RuledArea> LATTICE = new LatticeExtractor();

    private record Placed(double top, Block block) {
    }

    private PageLayoutBuilder() {
    }

    static List<Block> build(PageContent page) {
        List<Glyph> glyphs = page.glyphs();
        Set<Glyph> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Placed> placed = new ArrayList<>();
        for (TableRegion region : RULED.detect(page)) {
            List<Glyph> inside = new ArrayList<>();
            for (Glyph g : glyphs) {
                if (!claimed.contains(g) && region.contains(g.centreX(), g.centreY(), 1.0)) {
                    inside.add(g);
                }
            }
            LATTICE.extract(new RuledArea(region, inside)).ifPresent(t -> {
                claimed.addAll(t.used());
                placed.add(new Placed(t.top(), t.table()));
            });
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!claimed.contains(g)) {
                free.add(g);
            }
        }
        List<TextLine> lines = LineBuilder.build(free);
        boolean[] used = new boolean[lines.size()];
        // stream tables among the lines between two ruled tables (a plan's unruled measure table under a ruled
        // score table): a run never reaches across a ruled table
        List<Double> ruledTops = placed.stream().map(Placed::top).toList();
        for (StreamTables.Found found : StreamTables.find(lines, ruledTops)) {
            placed.add(new Placed(lines.get(found.first()).top(), found.table()));
            for (int k = found.first(); k <= found.last(); k++) {
                used[k] = true;
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        List<Block> blocks = new ArrayList<>();
        double spacing = typicalSpacing(lines);
        List<String> para = new ArrayList<>();
        TextLine prev = null;
        int t = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (used[k]) {
                flush(para, blocks);
                prev = null;
                continue;
            }
            TextLine line = lines.get(k);
            while (t < placed.size() && placed.get(t).top() < line.top()) {
                flush(para, blocks);
                prev = null;
                blocks.add(placed.get(t++).block());
            }
            if (prev != null && newParagraph(prev, line, spacing)) {
                flush(para, blocks);
            }
            String text = line.text().strip();
            if (!text.isEmpty()) {
                para.add(text);
            }
            prev = line;
        }
        flush(para, blocks);
        while (t < placed.size()) {
            blocks.add(placed.get(t++).block());
        }
        return blocks;
    }

    static int tableCount(List<Block> blocks) {
        return (int) blocks.stream().filter(b -> b instanceof Table).count();
    }

    private static boolean newParagraph(TextLine prev, TextLine line, double spacing) {
        double gap = line.baseline() - prev.baseline();
        double size = Math.max(prev.size(), line.size());
        if (gap > 2.5 * size) {
            return true;
        }
        if (spacing > 0 && gap > spacing * 1.4) {
            return true;
        }
        // a heading set a point larger than the body (17 over 16) runs straight into it with the same
        // spacing: any change of type size ends the paragraph
        double larger = Math.max(prev.size(), line.size());
        double smaller = Math.max(0.1, Math.min(prev.size(), line.size()));
        return larger - smaller >= 0.75 && larger / smaller > 1.04;
    }

    /** Median distance between consecutive baselines, counting only plausible line steps. */
    private static double typicalSpacing(List<TextLine> lines) {
        List<Double> gaps = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            double gap = lines.get(k).baseline() - lines.get(k - 1).baseline();
            double size = Math.max(lines.get(k).size(), lines.get(k - 1).size());
            if (gap > 0.5 * size && gap < 2.5 * size) {
                gaps.add(gap);
            }
        }
        if (gaps.size() < 3) {
            return 0;
        }
        Collections.sort(gaps);
        return gaps.get(gaps.size() / 2);
    }

    private static void flush(List<String> para, List<Block> blocks) {
        if (!para.isEmpty()) {
            blocks.add(new Paragraph(para));
            para.clear();
        }
    }
}
