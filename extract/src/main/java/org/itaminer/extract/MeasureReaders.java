package org.itaminer.extract;

import java.util.List;
import org.itaminer.extract.measure.DocumentContext;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;
import org.itaminer.extract.paragraph.NumberedListMeasureReader;
import org.itaminer.extract.paragraph.ParagraphMeasureReader;
import org.itaminer.extract.schedule.ScheduleMeasureReader;
import org.itaminer.extract.table.MeasureTableReader;

/**
 * The measure readers in the order extraction tries them; the first that finds measures gives the
 * document's. Schedules (Gantt tables with a column per month or quarter) come first, since their header also
 * passes for a measure table's; then tables (the genre's usual form, and a table's cells are the surest reading),
 * then numbered paragraphs with labelled lines, then the plain numbered list of a ประกาศ about measures.
 */
public final class MeasureReaders {

    /** The readers every document is read with, in order. */
    public static final List<MeasureReader> STANDARD = List.of(
            new ScheduleMeasureReader(),
            new MeasureTableReader(),
            new ParagraphMeasureReader(),
            new NumberedListMeasureReader());

    private MeasureReaders() {
    }

    /** The drafts of the first reader in {@code readers} that finds any; empty when none does. */
    static List<MeasureDraft> firstFound(List<MeasureReader> readers, DocumentContext document) {
        for (MeasureReader reader : readers) {
            List<MeasureDraft> drafts = reader.read(document);
            if (!drafts.isEmpty()) {
                return drafts;
            }
        }
        return List.of();
    }
}
