package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.itaminer.ingest.ocr.digits.DigitTemplates;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Tesseract on a page the test draws with numbers in Thai digits, four of which (๔ ๖ ๗ ๘ ๙) its Thai model
 * cannot write: with the digits read again from the image, each number comes out as printed.
 */
class OcrThaiDigitsTest {

    static final List<String> LINES = List.of(
            "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "ได้คะแนน ๘๗.๔๙ คะแนน จากคะแนนเต็ม ๑๐๐ คะแนน",
            "ลงวันที่ ๒๗ มีนาคม ๒๕๖๗",
            "ที่ ตง ๗๖๒๐๑/๔๕๙");

    private static List<String> read;

    @BeforeAll
    static void readOnce() throws Exception {
        Ocr ocr = Ocr.shared();
        Assumptions.assumeTrue(ocr.unavailable().isEmpty(), () -> "Tesseract is not installed here: " + Ocr.INSTALL);
        Assumptions.assumeTrue(DigitTemplates.system().isPresent(),
                () -> "the Thai fonts are not installed here: apt-get install " + DigitTemplates.PACKAGE);
        Page page = ocr.read(1, new PageImage(page(), ScanFixtures.DPI), ScanImageReader.IMAGE_PAGE);
        read = page.blocks().stream().filter(b -> b instanceof Paragraph).flatMap(b -> ((Paragraph) b).lines().stream())
                .toList();
    }

    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(2400, 800, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(ScanFixtures.garuda());
            int y = 150;
            for (String line : LINES) {
                g.drawString(line, 120, y);
                y += 150;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The Thai numbers of a line, in order. */
    private static List<String> numbers(String line) {
        return java.util.regex.Pattern.compile("[๐-๙]+").matcher(line).results().map(m -> m.group()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LINES")
    void theNumbersComeOutAsPrinted(String printed) {
        String line = read.stream().min(java.util.Comparator.comparingDouble(l -> ScanFixtures.cer(printed, l))).orElse("");
        assertTrue(numbers(line).equals(numbers(printed)), () -> numbers(printed) + " printed, " + line + " read, in " + read);
    }
}
