package org.itaminer.index.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.th.ThaiTokenizer;

/** How Thai text is cut into words: the JDK dictionary break iterator or ICU's. */
public enum Segmenter {
    /** Lucene's {@link ThaiTokenizer} (the JRE's Thai dictionary). */
    THAI,
    /** Lucene's {@link ICUTokenizer} (ICU's Thai dictionary, Unicode word rules for other scripts). */
    ICU;

    Tokenizer newTokenizer() {
        return switch (this) {
            case THAI -> new ThaiTokenizer();
            case ICU -> new ICUTokenizer();
        };
    }
}
