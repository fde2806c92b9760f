package org.itaminer.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Web pages as agencies publish them, read as a browser lays them out and without the site around the document. */
class WebPageReadingTest {

    @TempDir
    Path tmp;

    private LayoutDocument read(String body) throws Exception {
        Path file = tmp.resolve("page.html");
        Files.writeString(file, "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>อบต.</title>"
                + "</head><body>\n" + body + "\n</body></html>", StandardCharsets.UTF_8);
        return Ingest.standard().read(file);
    }

    /** Every paragraph's lines and every table row's cell texts, in order. */
    private static List<List<String>> shown(LayoutDocument doc) {
        return doc.blocks().flatMap(WebPageReadingTest::shown).toList();
    }

    private static java.util.stream.Stream<List<String>> shown(Block b) {
        if (b instanceof Paragraph p) {
            return java.util.stream.Stream.of(p.lines());
        }
        return ((Table) b).rows().stream().map(r -> r.cells().stream().map(Cell::text).toList());
    }

    private static final String DOCUMENT = "<h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h1>\n"
            + "<p>องค์การบริหารส่วนตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร</p>\n";
    private static final List<List<String>> DOCUMENT_SHOWN = List.of(List.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
            List.of("องค์การบริหารส่วนตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTML5 menu                 | <nav class="navbar"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="#">ข่าวประชาสัมพันธ์</a></li></ul></nav>
            site header                | <header><div class="site-name">เทศบาลตำบลบ้านแหลม</div><div>ยินดีต้อนรับ</div></header>
            old template's menu        | <div id="menu"><ul class="mainmenu"><li>หน้าหลัก</li><li>ข้อมูลพื้นฐาน</li></ul></div>
            breadcrumb                 | <div class="breadcrumb"><a href="/">หน้าหลัก</a> &raquo; การประเมิน ITA</div>
            sidebar links              | <div id="sidebar"><h3>ลิงก์หน่วยงาน</h3><ul><li>สำนักงาน ป.ป.ช.</li><li>กรมส่งเสริมการปกครองท้องถิ่น</li></ul></div>
            ARIA navigation            | <div role="navigation"><a href="#">แผนพัฒนาท้องถิ่น</a> · <a href="#">ติดต่อเรา</a></div>
            visitor counter widget     | <div class="widget visitor-counter">สถิติผู้เข้าชม วันนี้ 35 คน<br>ทั้งหมด 123,456 คน</div>
            a drop-down of agencies    | <select name="agency"><option>เลือกหน่วยงาน</option><option>กองคลัง</option></select>
            """)
    void theSitesFurnitureBeforeTheDocumentIsNotRead(String what, String furniture) throws Exception {
        assertEquals(DOCUMENT_SHOWN, shown(read(furniture + "\n" + DOCUMENT)), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTML5 footer               | <footer><p>องค์การบริหารส่วนตำบลนาดี ที่ทำการ 99 หมู่ที่ 3 โทรศัพท์ 0-4571-2345</p></footer>
            old template's footer      | <div id="footer"><p>ที่อยู่ 99 หมู่ 3 ตำบลนาดี</p><p>Copyright &copy; 2024</p></div>
            complementary aside        | <aside><h3>ข่าวล่าสุด</h3><p>ประกาศรับสมัครพนักงานจ้าง</p></aside>
            """)
    void theSitesFurnitureAfterTheDocumentIsNotRead(String what, String furniture) throws Exception {
        assertEquals(DOCUMENT_SHOWN, shown(read(DOCUMENT + furniture)), what);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<main>%s</main>", "<div role=\"main\">%s</div>"})
    void wherePageHasAMainOnlyItIsTheDocument(String main) throws Exception {
        String page = "<div class=\"top\"><p>ยินดีต้อนรับสู่เว็บไซต์</p></div>\n" + main.formatted(DOCUMENT)
                + "\n<div class=\"bottom\"><p>ผู้ดูแลระบบ</p></div>";
        assertEquals(DOCUMENT_SHOWN, shown(read(page)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<article><header><h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h1></header>"
            + "<p>องค์การบริหารส่วนตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร</p></article>",
        "<div id=\"content\"><div class=\"entry-header\"><h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h1></div>"
            + "<p>องค์การบริหารส่วนตำบลนาดี อำเภอเมืองยโสธร จังหวัดยโสธร</p></div>"})
    void anArticlesOwnHeaderIsItsHeading(String page) throws Exception {
        assertEquals(DOCUMENT_SHOWN, shown(read(page)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Word wraps its source at a space     | '<p class=MsoNormal>มาตรการที่ 1 การเผยแพร่ข้อมูลสาธารณะ\r\nผ่านเว็บไซต์ของหน่วยงาน</p>' | มาตรการที่ 1 การเผยแพร่ข้อมูลสาธารณะ ผ่านเว็บไซต์ของหน่วยงาน
            an editor's source lines             | '<p>\n  ผู้รับผิดชอบ: สำนักปลัด\n</p>'                                          | ผู้รับผิดชอบ: สำนักปลัด
            """)
    void aNewlineInTheSourceIsASpace(String what, String html, String line) throws Exception {
        assertEquals(List.of(List.of(line)), shown(read(html.replace("\\r", "\r").replace("\\n", "\n"))), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a div a line                  | <div>มาตรการที่ 1 การเผยแพร่ข้อมูล</div><div>ผู้รับผิดชอบ: สำนักปลัด</div><div>&nbsp;</div><div>มาตรการที่ 2 ไม่รับของขวัญ</div>
            br lines, an empty div        | <div>มาตรการที่ 1 การเผยแพร่ข้อมูล<br>ผู้รับผิดชอบ: สำนักปลัด</div><div><br></div><div>มาตรการที่ 2 ไม่รับของขวัญ</div>
            """)
    void divsAreLinesAndAnEmptyOneEndsTheParagraph(String what, String html) throws Exception {
        assertEquals(List.of(List.of("มาตรการที่ 1 การเผยแพร่ข้อมูล", "ผู้รับผิดชอบ: สำนักปลัด"),
                List.of("มาตรการที่ 2 ไม่รับของขวัญ")), shown(read(html)), what);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1. จัดทำประกาศ<br>2. เผยแพร่ทางเว็บไซต์", "<div>1. จัดทำประกาศ</div><div>2. เผยแพร่ทางเว็บไซต์</div>",
        "<p>1. จัดทำประกาศ</p><p>2. เผยแพร่ทางเว็บไซต์</p>"})
    void aCellsLinesAreItsParagraphs(String cell) throws Exception {
        Table t = (Table) read("<table border=1><tr><th>มาตรการ</th><th>วิธีการดำเนินการ</th></tr>"
                + "<tr><td>ไม่รับของขวัญ</td><td>" + cell + "</td></tr></table>").blocks().toList().get(0);
        assertEquals(List.of("1. จัดทำประกาศ", "2. เผยแพร่ทางเว็บไซต์"), t.rows().get(1).cell(1).paragraphs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two-row header           | <tr><th rowspan=2>ที่</th><th rowspan="2">มาตรการ</th><th colspan=2>การดำเนินการ</th></tr><tr><th>วิธีการ</th><th>ระยะเวลา</th></tr> | ที่,มาตรการ,การดำเนินการ/2 ; ,,วิธีการ,ระยะเวลา
            a strategy merged down   | <tr><td rowspan=3>ยุทธศาสตร์ที่ 1</td><td>1</td><td>เผยแพร่ข้อมูล</td></tr><tr><td>2</td><td>ไม่รับของขวัญ</td></tr><tr><td>3</td><td>ร้องเรียน</td></tr> | ยุทธศาสตร์ที่ 1,1,เผยแพร่ข้อมูล ; ,2,ไม่รับของขวัญ ; ,3,ร้องเรียน
            a merged last column     | <tr><td>1</td><td>เผยแพร่ข้อมูล</td><td rowspan=2>สำนักปลัด</td></tr><tr><td>2</td><td>ไม่รับของขวัญ</td></tr> | 1,เผยแพร่ข้อมูล,สำนักปลัด ; 2,ไม่รับของขวัญ,
            a merged middle block    | <tr><td>1</td><td rowspan=2 colspan=2>ตลอดปีงบประมาณ</td><td>กองคลัง</td></tr><tr><td>2</td><td>กองช่าง</td></tr> | 1,ตลอดปีงบประมาณ/2,กองคลัง ; 2,/2,กองช่าง
            """)
    void aRowspanLeavesAnEmptyCellInTheRowsBelow(String what, String rows, String expected) throws Exception {
        Table t = (Table) read("<table border=1>" + rows + "</table>").blocks().toList().get(0);
        List<String> got = t.rows().stream().map(WebPageReadingTest::cells).toList();
        List<String> want = java.util.Arrays.stream(expected.split(";")).map(String::strip).toList();
        assertEquals(want, got, what);
    }

    /** A row as {@code text,text/span,...} (a span shown after a slash when above 1). */
    private static String cells(Row row) {
        return String.join(",", row.cells().stream()
                .map(c -> c.text() + (c.columnSpan() > 1 ? "/" + c.columnSpan() : "")).toList());
    }

    private static final List<List<String>> HEADING_AND_BODY = List.of(
            List.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "องค์การบริหารส่วนตำบลนาดี"),
            List.of("ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมิน"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            centred bold paragraphs  | <p align="center"><b>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</b></p><p align="center"><b>ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</b></p><p style="text-align: center;"><strong>องค์การบริหารส่วนตำบลนาดี</strong></p><p>ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมิน</p>
            heading elements         | <h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h1><h2>ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h2><h3>องค์การบริหารส่วนตำบลนาดี</h3><p>ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมิน</p>
            Word's saved page        | <p class=MsoNormal align=center style='text-align:center'><b><span lang=TH>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</span></b></p><p class=MsoNormal align=center style='text-align:center'><b><span lang=TH>ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</span></b></p><p class=MsoNormal align=center style='text-align:center'><b><span lang=TH>องค์การบริหารส่วนตำบลนาดี</span></b></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมิน</p>
            centred divs, then body  | <div style="text-align:center"><b>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</b></div><div style="text-align:center"><b>ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</b></div><div style="text-align:center"><b>องค์การบริหารส่วนตำบลนาดี</b></div><div>ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมิน</div>
            a centre element         | <center><p>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</p><p>ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p><p>องค์การบริหารส่วนตำบลนาดี</p></center><p>ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมิน</p>
            """)
    void aHeadingWrittenALineAParagraphIsOneBlock(String what, String html) throws Exception {
        assertEquals(HEADING_AND_BODY, shown(read(html)), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a blank paragraph between  | <p align="center">บันทึกข้อความ</p><p>&nbsp;</p><p align="center">มาตรการส่งเสริมคุณธรรมและความโปร่งใส</p>
            a table between            | <h3>บันทึกข้อความ</h3><table border=1><tr><td>ที่</td><td>เรื่อง</td></tr></table><h3>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h3>
            """)
    void centredParagraphsSetApartStayApart(String what, String html) throws Exception {
        List<List<String>> shown = shown(read(html));
        assertEquals(List.of("บันทึกข้อความ"), shown.get(0), what);
        assertEquals(List.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), shown.get(shown.size() - 1), what);
    }

    @ParameterizedTest(name = "declared {0}")
    @ValueSource(strings = {"tis-620", "TIS-620", "iso-8859-11", "windows-874"})
    void aThaiPageDeclaredTis620IsReadAsWindows874(String declared) throws Exception {
        Path file = tmp.resolve("tis.html");
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + declared
                + "\"></head><body><p>ระยะเวลา: ต.ค. ๒๕๖๗ – ธ.ค. ๒๕๖๗ • ตลอดปี</p></body></html>";
        Files.write(file, page.getBytes(java.nio.charset.Charset.forName("x-windows-874")));
        assertEquals(List.of(List.of("ระยะเวลา: ต.ค. ๒๕๖๗ – ธ.ค. ๒๕๖๗ • ตลอดปี")), shown(Ingest.standard().read(file)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            numbered list                 | <ol><li>จัดทำประกาศ</li><li>เผยแพร่ทางเว็บไซต์</li></ol>                          | 1. จัดทำประกาศ ; 2. เผยแพร่ทางเว็บไซต์
            a list that starts at 3       | <ol start="3"><li>จัดทำประกาศ</li><li>เผยแพร่ทางเว็บไซต์</li></ol>                | 3. จัดทำประกาศ ; 4. เผยแพร่ทางเว็บไซต์
            bullets print no number       | <ul><li>จัดทำประกาศ</li><li>เผยแพร่ทางเว็บไซต์</li></ul>                          | จัดทำประกาศ ; เผยแพร่ทางเว็บไซต์
            a list styled without markers | <ol style="list-style-type: none"><li>จัดทำประกาศ</li><li>เผยแพร่ทางเว็บไซต์</li></ol> | จัดทำประกาศ ; เผยแพร่ทางเว็บไซต์
            a list in a list              | <ol><li>มาตรการแรก<ol><li>ขั้นแรก</li></ol></li><li>มาตรการที่สอง</li></ol>        | 1. มาตรการแรก ; 1. ขั้นแรก ; 2. มาตรการที่สอง
            """)
    void anOrderedListsItemsHaveTheNumbersABrowserPrints(String what, String html, String expected) throws Exception {
        List<String> want = java.util.Arrays.stream(expected.split(";")).map(String::strip).toList();
        assertEquals(want, shown(read(html)).stream().map(l -> String.join(" ", l)).toList(), what);
        Table t = (Table) read("<table><tr><td>มาตรการ</td><td>" + html + "</td></tr></table>").blocks().toList().get(0);
        assertEquals(want, t.rows().get(0).cell(1).paragraphs(), what + " in a cell");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Symbol's bullet     | <span style='font-family:Symbol'>&#183;</span>          | •
            Wingdings' square   | <span style="font-family: Wingdings">&#167;</span>       | ▪
            Wingdings' arrow    | <font face="Wingdings">&#216;</font>                     | ➢
            """)
    void wordsSymbolFontBulletsAreTheBulletsTheyShow(String what, String marker, String bullet) throws Exception {
        String item = "<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                + "<![if !supportLists]><span lang=TH>" + marker + "<span style='font:7.0pt \"Times New Roman\"'>"
                + "&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=TH>%s</span></p>";
        Table t = (Table) read("<table><tr><td>มาตรการ</td><td>" + item.formatted("จัดทำประกาศ")
                + item.formatted("ราคา 1,000 บาท · ครั้งละ") + "</td></tr></table>").blocks().toList().get(0);
        assertEquals(List.of(bullet + " จัดทำประกาศ", bullet + " ราคา 1,000 บาท · ครั้งละ"),
                t.rows().get(0).cell(1).paragraphs(), what);
    }
}
