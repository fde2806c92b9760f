package org.itaminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Recognition;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scanned page read by OCR is no longer "needs OCR"; one whose words the engine was often unsure of is
 * reported as such, on its page. A page nobody could read still needs OCR.
 */
class OcrWarningsTest {

    private static final TextLayer SCAN = new TextLayer(TextLayer.Quality.NO_TEXT, "no text layer");

    @ParameterizedTest(name = "{0} words, {1} doubtful, mean {2}, read: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            120 | 5  | 88   | true  | ''
            120 | 60 | 58   | true  | page 1: low OCR confidence (60 of 120 words below 60, mean 58)
            24  | 5  | 78.4 | true  | page 1: low OCR confidence (5 of 24 words below 60, mean 78)
            24  | 5  | 80   | true  | ''
            0   | 0  | 0    | false | page 1 needs OCR: no text layer
            """)
    void theWarningsSayWhatBecameOfTheScannedPage(int words, int low, double mean, boolean read, String expected) {
        Recognition recognition = read ? new Recognition("tesseract 5.3.0 tha+eng", mean, words, low) : Recognition.NONE;
        Page page = new Page(1, read ? List.of(Paragraph.of("บันทึกข้อความ", "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลบ้านโคก"))
                : List.of(), SCAN, recognition);
        LayoutDocument layout = new LayoutDocument("application/pdf", read ? TextSource.OCR : TextSource.PDF_TEXT,
                List.of(page), List.of());
        Report report = Extraction.extract(layout, new Source("file:/x.pdf", "x.pdf", "0".repeat(64), "application/pdf",
                1, layout.textSource().value()));
        List<String> ocr = report.warnings().stream()
                .filter(w -> w.kind() == Warning.Kind.NEEDS_OCR || w.kind() == Warning.Kind.LOW_CONFIDENCE)
                .map(Warning::text).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), ocr);
    }

    @ParameterizedTest(name = "doubts: [{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                           | ''
            "๒๕๖๖" read as "๒๕๒๐๒๐" by the engine (๖ or ๒)               | page 1: unsure Thai digits in OCR: "๒๕๖๖" read as "๒๕๒๐๒๐" by the engine (๖ or ๒)
            "๒๕๙๘" (a year far from ๒๕๖๘);"๓๑" (no such day in เมษายน)   | page 1: unsure Thai digits in OCR: "๒๕๙๘" (a year far from ๒๕๖๘); "๓๑" (no such day in เมษายน)
            """)
    void numbersWhoseThaiDigitsAreInDoubtAreNamedOnTheirPage(String doubts, String expected) {
        List<String> numbers = doubts.isEmpty() ? List.of() : List.of(doubts.split(";"));
        Recognition recognition = new Recognition("tesseract 5.3.0 tha+eng", 90, 120, 2, numbers);
        Page page = new Page(1, List.of(Paragraph.of("บันทึกข้อความ", "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลบ้านโคก")),
                SCAN, recognition);
        LayoutDocument layout = new LayoutDocument("application/pdf", TextSource.OCR, List.of(page), List.of());
        Report report = Extraction.extract(layout, new Source("file:/x.pdf", "x.pdf", "0".repeat(64), "application/pdf",
                1, layout.textSource().value()));
        List<String> digits = report.warnings().stream().filter(w -> w.kind() == Warning.Kind.UNSURE_DIGITS)
                .map(Warning::text).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), digits);
        digits.forEach(text -> assertEquals(Warning.Kind.UNSURE_DIGITS, Warning.read(text).kind(), "read back from JSON"));
    }
}
