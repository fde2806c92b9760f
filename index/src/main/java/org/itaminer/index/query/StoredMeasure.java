package org.itaminer.index.query;

import java.util.List;
import org.apache.lucene.document.Document;
import org.itaminer.index.write.MeasureFields;

/** Reads a hit from a measure document's stored fields. */
public final class StoredMeasure {

    private StoredMeasure() {
    }

    /**
     * The hit of a stored measure document.
     *
     * @param snippet its highlighted passage, or null for its title
     */
    public static SearchHit hit(Document d, float score, String snippet) {
        Number year = d.getField(MeasureFields.YEAR) == null ? null
                : d.getField(MeasureFields.YEAR).numericValue();
        String title = d.get(MeasureFields.TITLE);
        return new SearchHit(score, d.get(MeasureFields.REPORT_ID), d.get(MeasureFields.FILE_NAME),
                d.getField(MeasureFields.SEQ).numericValue().intValue(),
                d.getField(MeasureFields.PAGE).numericValue().intValue(), title, d.get(MeasureFields.AGENCY),
                year == null ? null : year.intValue(), d.get(MeasureFields.PROVINCE), d.get(MeasureFields.KIND),
                List.of(d.getValues(MeasureFields.INDICATOR)), List.of(d.getValues(MeasureFields.THEME)),
                snippet == null ? title : snippet);
    }
}
