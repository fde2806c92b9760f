package org.itaminer.extract.meta;

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
 * Writes the committed text-layer PDF of {@link HeadingPdfTest} once, from a Thai font installed on the
 * machine (Debian fonts-tlwg-garuda-ttf); the test reads the committed file and needs no font. A memo
 * cover on page 1 (header lines, body, signature, approval lines and the commander's signature); on
 * page 2 the plan's heading set larger and centred, the agency above it, then the preamble in body type
 * straight under it and measures as มาตรการที่ paragraphs. Usage: {@code HeadingPdfFixtures [font.ttf] [outDir]}.
 */
public final class HeadingPdfFixtures {

    static final String FILE = "memo-cover-then-plan.pdf";
    private static final float LEFT = 70;
    private static final float WIDTH = PDRectangle.A4.getWidth();

    private HeadingPdfFixtures() {
    }

    public static void main(String[] args) throws IOException {
        File fontFile = new File(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/tlwg/Garuda.ttf");
        Path out = Path.of(args.length > 1 ? args[1] : "extract/src/test/resources/org/itaminer/extract/meta");
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, fontFile);
            PDPage memo = new PDPage(PDRectangle.A4);
            doc.addPage(memo);
            try (PDPageContentStream cs = new PDPageContentStream(doc, memo)) {
                centred(cs, font, 20, 780, "บันทึกข้อความ");
                float y = 740;
                for (String line : new String[] {
                        "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลดอนตูม โทร. ๐ ๓๔๓๙ ๑๒๓๔",
                        "ที่ นฐ ๘๐๓๐๑/๑๑๒                         วันที่ ๑๐ พฤศจิกายน ๒๕๖๖",
                        "เรื่อง รายงานผลการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                        "เรียน นายกองค์การบริหารส่วนตำบลดอนตูม"}) {
                    text(cs, font, 12, LEFT, y, line);
                    y -= 20;
                }
                y -= 10;
                for (String line : new String[] {
                        "          ตามที่สำนักปลัดได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และจัดทำ",
                        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ แล้ว",
                        "รายละเอียดตามเอกสารที่แนบมาพร้อมนี้",
                        "          จึงเรียนมาเพื่อโปรดทราบ"}) {
                    text(cs, font, 12, LEFT, y, line);
                    y -= 18;
                }
                y -= 30;
                for (String line : new String[] {"(นางสาวมาลี ใจงาม)", "ปลัดองค์การบริหารส่วนตำบลดอนตูม"}) {
                    text(cs, font, 12, 330, y, line);
                    y -= 18;
                }
                y -= 30;
                for (String line : new String[] {"- ทราบ -", "- อนุญาต -"}) {
                    text(cs, font, 12, LEFT, y, line);
                    y -= 18;
                }
                y -= 30;
                for (String line : new String[] {"(นายสมพงษ์ รักดี)", "นายกองค์การบริหารส่วนตำบลดอนตูม"}) {
                    text(cs, font, 12, LEFT, y, line);
                    y -= 18;
                }
            }
            PDPage plan = new PDPage(PDRectangle.A4);
            doc.addPage(plan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, plan)) {
                centred(cs, font, 16, 780, "องค์การบริหารส่วนตำบลดอนตูม");
                centred(cs, font, 16, 760, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
                centred(cs, font, 16, 740, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗");
                float y = 712;
                for (String line : new String[] {
                        "          องค์การบริหารส่วนตำบลดอนตูมได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ",
                        "พ.ศ. ๒๕๖๖ และกำหนดมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังนี้"}) {
                    text(cs, font, 12, LEFT, y, line);
                    y -= 18;
                }
                y -= 14;
                for (String line : new String[] {
                        "มาตรการที่ ๑ การเปิดเผยข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ของหน่วยงาน",
                        "ผู้รับผิดชอบ: กองคลัง",
                        "ระยะเวลา: ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗"}) {
                    text(cs, font, 12, LEFT, y, line);
                    y -= 18;
                }
                y -= 14;
                for (String line : new String[] {
                        "มาตรการที่ ๒ การจัดให้มีช่องทางร้องเรียนการทุจริตทางออนไลน์",
                        "ผู้รับผิดชอบ: สำนักปลัด",
                        "ระยะเวลา: ไตรมาสที่ ๑"}) {
                    text(cs, font, 12, LEFT, y, line);
                    y -= 18;
                }
            }
            doc.save(out.resolve(FILE).toFile());
        }
    }

    private static void centred(PDPageContentStream cs, PDFont font, float size, float y, String s) throws IOException {
        float w = font.getStringWidth(s) / 1000 * size;
        text(cs, font, size, (WIDTH - w) / 2, y, s);
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
