package org.itaminer.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Scanned pages without rulings that the tests draw (Garuda, 16 pt at 300 dpi, A4 width): a measure table
 * set in columns by tab stops, and a memo (บันทึกข้อความ) whose heading lines, date and signatures are set
 * apart by white.
 */
final class BorderlessPages {

    /** One printed string at a position, in pixels (x of its left edge, y of its baseline). */
    record Text(String text, int x, int y) {
    }

    static final int WIDTH = 2480;
    private static final int STEP = 95;

    /** The measure table, each cell a list of its printed lines. */
    static final List<List<List<String>>> TABLE = List.of(
            List.of(List.of("ลำดับ"), List.of("มาตรการ"), List.of("ผู้รับผิดชอบ"), List.of("ระยะเวลา")),
            List.of(List.of("1"), List.of("เผยแพร่ข้อมูลข่าวสาร", "ทางเว็บไซต์ของหน่วยงาน"), List.of("สำนักปลัด"),
                    List.of("ตุลาคม 2567")),
            List.of(List.of("2"), List.of("จัดทำคู่มือการปฏิบัติงาน"), List.of("กองคลัง"), List.of("ธันวาคม 2567")),
            List.of(List.of("3"), List.of("ประชุมชี้แจงเจ้าหน้าที่"), List.of("กองช่าง"), List.of("มีนาคม 2568")));

    /** Where {@link #TABLE}'s columns start. */
    private static final int[] COLUMNS = {200, 480, 1350, 1900};

    private BorderlessPages() {
    }

    /** A title, the table without any ruling, and a line of prose under it. */
    static List<Text> measureTable() {
        List<Text> out = new java.util.ArrayList<>();
        out.add(new Text("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2568", 200, 200));
        int y = 380;
        for (List<List<String>> row : TABLE) {
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                for (int k = 0; k < row.get(c).size(); k++) {
                    out.add(new Text(row.get(c).get(k), COLUMNS[c], y + k * STEP));
                }
                lines = Math.max(lines, row.get(c).size());
            }
            y += lines * STEP + 45;
        }
        out.add(new Text("ทั้งนี้ ให้หน่วยงานรายงานผลการดำเนินงานต่อผู้บริหารทุกไตรมาส", 200, y + 100));
        return out;
    }

    /** A memo: heading lines with a date at the right, a numbered list, and two signatures side by side. */
    static List<Text> memo() {
        return List.of(
                new Text("บันทึกข้อความ", 1000, 200),
                new Text("ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลหนองบัว", 200, 330),
                new Text("ที่ นม 0123/2567", 200, 430),
                new Text("วันที่ 15 มกราคม 2567", 1300, 430),
                new Text("เรื่อง รายงานผลการดำเนินงานตามมาตรการ", 200, 530),
                new Text("เรียน นายกองค์การบริหารส่วนตำบลหนองบัว", 200, 650),
                new Text("ตามที่องค์การบริหารส่วนตำบลได้จัดทำมาตรการส่งเสริมคุณธรรม", 400, 770),
                new Text("และความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567 นั้น สำนักปลัดขอรายงานผลดังนี้", 200, 865),
                new Text("1.", 400, 960), new Text("เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ครบทุกรายการ", 520, 960),
                new Text("2.", 400, 1055), new Text("จัดทำคู่มือการปฏิบัติงานแล้วเสร็จ", 520, 1055),
                new Text("3.", 400, 1150), new Text("ประชุมชี้แจงเจ้าหน้าที่ทุกกอง", 520, 1150),
                new Text("จึงเรียนมาเพื่อโปรดทราบ", 400, 1270),
                new Text("(นายสมชาย ใจดี)", 300, 1500), new Text("(นางสาวสมหญิง รักงาน)", 1350, 1500),
                new Text("หัวหน้าสำนักปลัด", 330, 1595), new Text("ปลัดองค์การบริหารส่วนตำบล", 1330, 1595));
    }

    /** The strings drawn in black on a white gray page. */
    static BufferedImage draw(List<Text> texts) {
        int height = texts.stream().mapToInt(Text::y).max().orElse(0) + 200;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(ScanFixtures.garuda());
            for (Text t : texts) {
                g.drawString(t.text(), t.x(), t.y());
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
