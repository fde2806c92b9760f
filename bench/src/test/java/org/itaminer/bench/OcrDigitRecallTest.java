package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thai numbers of the text layer against those OCR wrote on the same page, counted as multisets. */
class OcrDigitRecallTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            พ.ศ. ๒๕๖๖ ได้ ๘๓.๕๙ คะแนน         | พ.ศ. ๒๕๖๖ ได้ ๘๓.๕๙ คะแนน        | 3 | 3 | 3 | ''
            พ.ศ. ๒๕๖๖ ได้ ๘๓.๕๙ คะแนน         | พ.ศ. ๒๕๒๐๒๐ ได้ ๕๓.๕๕ คะแนน      | 3 | 3 | 0 | p1:๒๕๖๖ p1:๕๙ p1:๘๓
            ๑. ๒. ๑. ITA 2566                  | ๑. ๑. ITA 2566                    | 3 | 2 | 2 | p1:๒
            ไม่มีเลขไทย 2566                   | ไม่มีเลขไทย ๒๕๖๖                  | 0 | 1 | 0 | ''
            """)
    void numbersAreMatchedPageByPage(String truth, String ocr, int inTruth, int read, int matched, String missed) {
        Page text = new Page(1, List.of(Paragraph.of(truth)), TextLayer.GOOD);
        // the OCR page holds its text in a table, as a ruled page's would be
        Page scanned = new Page(1, List.of(new Table(List.of(Row.of(ocr)), TableMethod.LATTICE)), TextLayer.GOOD);
        OcrDigitRecall.Counts c = OcrDigitRecall.compare(List.of(text),
                new LayoutDocument("application/pdf", TextSource.OCR, List.of(scanned), List.of()));
        assertEquals(List.of(inTruth, read, matched), List.of(c.truth(), c.read(), c.matched()));
        assertEquals(missed, String.join(" ", c.missed().stream().sorted().toList()));
    }
}
