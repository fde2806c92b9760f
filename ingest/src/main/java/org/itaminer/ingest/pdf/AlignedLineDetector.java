package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.ingest.pdf.LineRun.Segment;

/**
 * Finds the runs of lines that may be a table without rulings: from each line cut by a wide gap into two or
 * more segments, the lines that follow it closely and are cut too (a single uncut line may sit between two
 * cut ones: a wrapped cell). One run per such starting line, top to bottom; the page's layout takes a run
 * only if it starts below the last table read, so a run that is no table lets the next line start one.
 */
final class AlignedLineDetector implements TableDetector<List<TextLine>, LineRun> {

    /** A gap wider than this share of the font size separates two columns on a line. */
    private static final double COLUMN_GAP = 1.2;

    /** @param lines the page's lines outside ruled tables, top to bottom */
    @Override
    public List<LineRun> detect(List<TextLine> lines) {
        List<TextLine> all = List.copyOf(lines);
        List<List<Segment>> segs = all.stream().map(AlignedLineDetector::segments).toList();
        List<LineRun> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (segs.get(i).size() < 2) {
                continue;
            }
            int end = i;
            int j = i + 1;
            while (j < lines.size()) {
                double gap = lines.get(j).baseline() - lines.get(j - 1).baseline();
                if (gap > 3.0 * Math.max(lines.get(j).size(), lines.get(j - 1).size())) {
                    break;
                }
                if (segs.get(j).size() >= 2) {
                    end = j;
                } else if (!(j + 1 < lines.size() && segs.get(j + 1).size() >= 2)) {
                    break;
                }
                j++;
            }
            runs.add(new LineRun(all, segs, i, end));
        }
        return runs;
    }

    private static List<Segment> segments(TextLine line) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double x0 = 0;
        double x1 = 0;
        for (TextLine.Word w : line.words()) {
            if (text.length() > 0 && w.x0() - x1 > COLUMN_GAP * line.size()) {
                out.add(new Segment(text.toString(), x0, x1));
                text.setLength(0);
            }
            if (text.length() == 0) {
                x0 = w.x0();
            } else {
                text.append(' ');
            }
            text.append(w.text());
            x1 = w.x1();
        }
        if (text.length() > 0) {
            out.add(new Segment(text.toString(), x0, x1));
        }
        return List.copyOf(out);
    }
}
