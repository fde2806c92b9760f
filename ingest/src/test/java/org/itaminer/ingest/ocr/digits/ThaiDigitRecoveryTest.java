package org.itaminer.ingest.ocr.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.itaminer.ingest.ocr.Symbol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers in lines the test draws, as the engine would misread them, read again from the image against
 * digits drawn in Garuda (regular and bold).
 */
class ThaiDigitRecoveryTest {

    private static final ThaiDigitRecovery RECOVERY = new ThaiDigitRecovery(new DigitClassifier(DigitTemplates.of(
            List.of(DigitFixtures.garuda(12), DigitFixtures.garuda(12).deriveFont(java.awt.Font.BOLD)))));

    @ParameterizedTest(name = "{0} at {1}px, noise {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ปีงบประมาณ พ.ศ. ๒๕๖๘                   | 44 | 0
            ปีงบประมาณ พ.ศ. ๒๕๖๘                   | 33 | 0.3
            ประจำปี พ.ศ. ๒๕๖๗ ถึง ๒๕๖๙              | 44 | 0.3
            ได้คะแนน ๘๓.๔๙ คะแนน จากคะแนนเต็ม ๑๐๐   | 44 | 0.3
            วันที่ ๒๗ มีนาคม ๒๕๖๖                    | 44 | 0.2
            ที่ ตง ๗๖๒๐๑/๔๕๘                        | 44 | 0.2
            ๔. ปรับปรุงระบบการทำงาน                  | 44 | 0
            จำนวน ๖ มาตรการ                          | 44 | 0.2
            """)
    void digitsTheEngineCannotWriteComeBack(String printed, float size, double noise) {
        DigitFixtures.Line line = DigitFixtures.line(printed, size, noise, 7);
        String misread = DigitFixtures.text(line.symbols());
        ThaiDigitRecovery.Result result = RECOVERY.recover(line.image(), List.of(List.of(line.symbols())));
        String read = DigitFixtures.text(result.paragraphs().get(0).get(0));
        assertEquals(printed, read, "the engine gave " + misread + "; doubts " + result.doubts());
    }

    /**
     * Garuda draws some digits touching (๔ against ๒ at this size): the blot is cut where the ink is thinnest,
     * and a digit read from a cut is either right or named as a doubt, never silently wrong.
     */
    @ParameterizedTest(name = "{0} at {1}px, noise {2}")
    @CsvSource(delimiter = '|', textBlock = """
            โทร. ๐ ๓๔๒๑ ๘๓๒๖ ต่อ ๑๙                  | 62 | 0.3
            """)
    void digitsCutApartAreRightOrDoubted(String printed, float size, double noise) {
        DigitFixtures.Line line = DigitFixtures.line(printed, size, noise, 7);
        ThaiDigitRecovery.Result result = RECOVERY.recover(line.image(), List.of(List.of(line.symbols())));
        String read = DigitFixtures.text(result.paragraphs().get(0).get(0));
        assertTrue(read.equals(printed) || !result.doubts().isEmpty(), () -> read + " with no doubt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ส่วนราชการ สำนักปลัด
            ITA 2567 ประจำปี
            """)
    void linesWithoutThaiNumbersStayAsRead(String printed) {
        DigitFixtures.Line line = DigitFixtures.line(printed, 44, 0.2, 3);
        ThaiDigitRecovery.Result result = RECOVERY.recover(line.image(), List.of(List.of(line.symbols())));
        assertEquals(printed, DigitFixtures.text(result.paragraphs().get(0).get(0)));
        assertEquals(0, result.numbers());
        assertTrue(result.doubts().isEmpty(), () -> result.doubts().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            พ.ศ. ๒ก๖๘ | ๒ก๖๘
            """)
    void aNumberWithALetterInsideIsLeftAsReadAndDoubted(String printed, String number) {
        DigitFixtures.Line line = DigitFixtures.line(printed, 44, 0, 3);
        // the engine reads the letter as a digit: the image shows a letter among digits
        List<Symbol> symbols = line.symbols().stream()
                .map(s -> s.text().equals("ก") ? new Symbol("๑", s.box(), s.confidence(), s.spaceBefore()) : s).toList();
        ThaiDigitRecovery.Result result = RECOVERY.recover(line.image(), List.of(List.of(symbols)));
        assertEquals(DigitFixtures.text(symbols), DigitFixtures.text(result.paragraphs().get(0).get(0)));
        assertEquals(1, result.doubts().size(), () -> result.doubts().toString());
    }

    /** The English model writes an item number ๓. or ๑๑. as one Latin word ("a.", "oo."); a real Latin "a." stays. */
    @ParameterizedTest(name = "{0} written {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ๓. โครงการจัดทำมาตรการ      | a.  | ๓. โครงการจัดทำมาตรการ
            ๑๑. เปิดเผยข้อมูลสาธารณะ    | oo. | ๑๑. เปิดเผยข้อมูลสาธารณะ
            a. Policy                  | a.  | a. Policy
            """)
    void itemNumbersWrittenAsLatinWordsAreReadAgain(String printed, String word, String expected) {
        DigitFixtures.Line line = DigitFixtures.line(printed, 44, 0.2, 5);
        int dot = printed.indexOf('.');
        List<Symbol> first = line.symbols().subList(0, dot + 1);
        org.itaminer.ingest.ocr.Box box = first.stream().map(Symbol::box).reduce(org.itaminer.ingest.ocr.Box::union).orElseThrow();
        List<Symbol> symbols = new java.util.ArrayList<>(List.of(new Symbol(word, box, 80f, false)));
        symbols.addAll(line.symbols().subList(dot + 1, line.symbols().size()));
        ThaiDigitRecovery.Result result = RECOVERY.recover(line.image(), List.of(List.of(symbols)));
        assertEquals(expected, DigitFixtures.text(result.paragraphs().get(0).get(0)));
    }

    /**
     * Item numbers of a table of measures as the engine writes them when its Thai model lacks the digit: a Latin
     * word with the full stop or bracket joined ("ol," "oo)" "«."), a rare Thai letter for ๗ ("ฆ."), a digit
     * joined to the bracket or full stop beside it ("(๕" "๐."), an Arabic digit after a Thai one (".9)" after ๑).
     * {@code written} is the engine's symbols for
     * {@code word}, separated by +, each given an equal share of the word's box.
     */
    @ParameterizedTest(name = "{1} written {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ๗. รายงานผลการดำเนินการ                  | ๗.    | ol,       | ๗, รายงานผลการดำเนินการ
            ๗. จัดทำคู่มือการปฏิบัติงาน                 | ๗.    | ฆ+.       | ๗. จัดทำคู่มือการปฏิบัติงาน
            ๙. จัดทำมาตรฐานการให้บริการ               | ๙.    | «.        | ๙. จัดทำมาตรฐานการให้บริการ
            ๑.๗) รายงานผลการดำเนินการตามแผน          | ๑.๗)  | ๑+.+ญ+)   | ๑.๗) รายงานผลการดำเนินการตามแผน
            ๑.๖) เผยแพร่แผนพัฒนาท้องถิ่น              | ๑.๖)  | oo)       | ๑.๖) เผยแพร่แผนพัฒนาท้องถิ่น
            ตุลาคม พ.ศ.๒๕๖ ๗ - กันยายน พ.ศ.๒๕๖๘     | ๗     | ฆ         | ตุลาคม พ.ศ.๒๕๖ ๗ - กันยายน พ.ศ.๒๕๖๘
            ผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป)      | (๘๕   | (๕+๕      | ผ่านเกณฑ์การประเมิน (๘๕ คะแนนขึ้นไป)
            ๑๖. บริหารจัดการความเสี่ยงการทุจริต         | ๑๖.   | ๑+๒+๐.    | ๑๖. บริหารจัดการความเสี่ยงการทุจริต
            ความต้องการของประชาชน๑.๖) การพัฒนา       | .๖)   | .9)       | ความต้องการของประชาชน๑.๖) การพัฒนา
            ผลการประเมิน ITA. ของหน่วยงาน             | ITA.  | ITA.      | ผลการประเมิน ITA. ของหน่วยงาน
            ไม่รับของขวัญ (No Gift Policy)             | (No   | (No       | ไม่รับของขวัญ (No Gift Policy)
            """)
    void itemNumbersWrittenInLookalikesAreReadAgain(String printed, String word, String written, String expected) {
        DigitFixtures.Line line = DigitFixtures.line(printed, 44, 0.2, 5);
        int from = printed.indexOf(word);
        // the symbols of the word: those drawn from its characters (a space before it is no symbol)
        int first = (int) printed.substring(0, from).chars().filter(c -> c != ' ').count();
        int count = (int) word.chars().filter(c -> c != ' ').count();
        List<Symbol> drawn = line.symbols().subList(first, first + count);
        org.itaminer.ingest.ocr.Box box = drawn.stream().map(Symbol::box).reduce(org.itaminer.ingest.ocr.Box::union).orElseThrow();
        String[] parts = written.split("\\+");
        List<Symbol> symbols = new java.util.ArrayList<>(line.symbols().subList(0, first));
        for (int k = 0; k < parts.length; k++) {
            int left = box.left() + k * box.width() / parts.length;
            int right = box.left() + (k + 1) * box.width() / parts.length;
            symbols.add(new Symbol(parts[k], new org.itaminer.ingest.ocr.Box(left, box.top(), right, box.bottom()), 80f,
                    k == 0 && drawn.get(0).spaceBefore()));
        }
        symbols.addAll(line.symbols().subList(first + count, line.symbols().size()));
        ThaiDigitRecovery.Result result = RECOVERY.recover(line.image(), List.of(List.of(symbols)));
        assertEquals(expected, DigitFixtures.text(result.paragraphs().get(0).get(0)),
                () -> "the engine gave " + DigitFixtures.text(symbols) + "; doubts " + result.doubts());
    }
}
