package org.itaminer.ingest.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Generates the committed Thai PDF fixtures once, from a Thai font installed on the machine
 * (Debian fonts-tlwg-garuda-ttf). The tests use the committed files and need no font.
 * Usage: {@code ThaiFixtures [font.ttf] [outDir]}.
 */
public final class ThaiFixtures {

    static final String[][] THAI_TABLE = {
        {"มาตรการ/แนวทาง", null, "ผู้รับผิดชอบ"},
        {"การเผยแพร่ข้อมูล", "จัดทำคู่มือช่องทางการ\nร้องเรียนการทุจริต", "สำนักปลัด"},
        {"ส่งเสริมคุณธรรม", "๑. แต่งตั้งคณะทำงาน\n๒. ประชุมชี้แจงแผน", "กองคลัง"},
    };

    private ThaiFixtures() {
    }

    public static void main(String[] args) throws IOException {
        File font = new File(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/tlwg/Garuda.ttf");
        Path out = Path.of(args.length > 1 ? args[1] : "ingest/src/test/resources/org/itaminer/ingest/pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont thai = PDType0Font.load(doc, font);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                TestPdfs.text(cs, thai, 14, 60, 780, "มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
                TestPdfs.latticeTable(cs, thai, 60, 740, THAI_TABLE);
                TestPdfs.text(cs, thai, 12, 60, 540, "ผู้อำนวยการสำนักงานเขตพื้นที่");
            }
            // a page whose text is legacy private-use glyphs (shifted tone marks and vowels) only
            PDPage pua = new PDPage(PDRectangle.A4);
            doc.addPage(pua);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                sb.appendCodePoint(0xF700 + (k % 27));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, pua)) {
                for (int l = 0; l < 5; l++) {
                    TestPdfs.text(cs, thai, 14, 60, 780 - l * 20, sb.toString());
                }
            }
            doc.save(out.resolve("thai-table-and-pua.pdf").toFile());
        }
    }
}
