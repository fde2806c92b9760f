package org.itaminer.index.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.itaminer.index.analysis.AnalyzedText;

/**
 * A measure title's analyzed words kept as a binary doc value, for the title boost of a search
 * ({@code index.query.TitleBoost}): the title is not indexed a second time (that field, for a phrase query in the
 * title alone, was a twentieth of indexing).
 */
public final class TitleWords {

    /** Binary doc values: the title's analyzed words, separated by {@link #SEP}. */
    public static final String FIELD = "titleWords";
    private static final char SEP = '\u001F';

    private TitleWords() {
    }

    /** The doc value of a title analyzed into these words. */
    public static BinaryDocValuesField field(AnalyzedText title) {
        return new BinaryDocValuesField(FIELD, new BytesRef(String.join(String.valueOf(SEP), title.terms())));
    }

    /** The words of a doc value made by {@link #field}. */
    public static List<String> read(BytesRef bytes) {
        String s = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(String.valueOf(SEP), -1));
    }
}
