package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.Table;

/**
 * Tables printed without rulings (ตารางไม่มีเส้น) among a page's lines of text, from the column alignment of
 * their words: {@link AlignedLineDetector} finds runs of aligned lines, {@link StreamExtractor} reads a run as
 * a table when its alignment is convincing (at least three columns, two rows, most rows with two cells or more).
 * The one entry for every reader that has positioned words: the text-layer PDF path ({@link PageLayoutBuilder})
 * and OCR, which builds {@link TextLine}s from its word boxes.
 */
public final class StreamTables {

    /**
     * A table read from lines {@code first..last} (inclusive, indices into the lines given).
     *
     * @param first its first line
     * @param last its last line
     * @param table the table, {@link org.itaminer.model.layout.TableMethod#STREAM}
     * @param places the cell each word went into: per line {@code first..last}, per word of the line in the
     *     order of {@link TextLine#words()}
     */
    public record Found(int first, int last, Table table, List<List<Place>> places) {

        public Found {
            places = List.copyOf(places);
        }

        /** Where word {@code word} of line {@code line} (an index into the lines given) went. */
        public Place place(int line, int word) {
            return places.get(line - first).get(word);
        }
    }

    /**
     * A cell of a stream table: its row and its column (a stream table has no merged cells, so the column is
     * the cell's index in the row).
     */
    public record Place(int row, int column) {
    }

    private static final TableDetector<List<TextLine>, LineRun> ALIGNED = new AlignedLineDetector();
    private static final TableExtractor<LineRun> STREAM = new StreamExtractor();

    private StreamTables() {
    }

    /**
     * The stream tables among {@code lines}, top to bottom. A run never reaches across a ruled table: the lines
     * are read in bands, a band being the lines below the same number of {@code ruledTops}.
     *
     * @param lines the lines outside ruled tables, top to bottom
     * @param ruledTops where the page's ruled tables start (same y axis as the lines, down the page)
     */
    public static List<Found> find(List<TextLine> lines, List<Double> ruledTops) {
        List<Found> out = new ArrayList<>();
        int from = 0;
        while (from < lines.size()) {
            int to = from + 1;
            while (to < lines.size() && band(lines.get(to), ruledTops) == band(lines.get(from), ruledTops)) {
                to++;
            }
            inBand(lines.subList(from, to), from, out);
            from = to;
        }
        return out;
    }

    private static void inBand(List<TextLine> band, int offset, List<Found> out) {
        int next = 0; // a run inside a table already read is passed over
        for (LineRun run : ALIGNED.detect(band)) {
            if (run.first() < next) {
                continue;
            }
            Optional<ExtractedTable> table = STREAM.extract(run);
            if (table.isPresent()) {
                out.add(new Found(offset + run.first(), offset + run.last(), table.get().table(),
                        table.get().places()));
                next = run.last() + 1;
            }
        }
    }

    /** How many ruled tables start above the line. */
    private static int band(TextLine line, List<Double> ruledTops) {
        int n = 0;
        for (double top : ruledTops) {
            if (top < line.top()) {
                n++;
            }
        }
        return n;
    }
}
