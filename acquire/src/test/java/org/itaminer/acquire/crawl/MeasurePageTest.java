package org.itaminer.acquire.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which web pages are ITA documents themselves, and which are pages to follow. */
class MeasurePageTest {

    private static final String INTRO = "ตามที่สำนักงาน ป.ป.ช. ได้กำหนดการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            + "หน่วยงานได้วิเคราะห์ผลการประเมินประจำปีงบประมาณที่ผ่านมา และกำหนดแนวทางให้บุคลากรทุกคนถือปฏิบัติ "
            + "พร้อมทั้งรายงานผลการดำเนินการต่อผู้บริหารทุกไตรมาส โดยมีผู้รับผิดชอบและระยะเวลาดำเนินการตามรายละเอียดต่อไปนี้ "
            + "ทั้งนี้ให้ทุกกองและสำนักรายงานความก้าวหน้าภายในวันที่ห้าของเดือนถัดไป";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a plan of measures with its table                 | <p>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๗</p><p>INTRO</p><table><tr><td>มาตรการที่ ๑</td></tr></table> | true
        a report of an anti-corruption plan               | <p>รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ๒๕๖๘</p><p>INTRO</p><table><tr><td>๑. โครงการอบรม</td></tr></table> | true
        measures numbered in paragraphs                   | <p>แนวทางของหน่วยงาน</p><p>INTRO</p><p>มาตรการที่ ๑ เผยแพร่ข้อมูล มาตรการที่ ๒ ไม่รับของขวัญ มาตรการที่ ๓ ร้องเรียน มาตรการที่ ๔ คุณธรรม</p> | true
        the ITA page: an index of links in a table        | <h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h1><table><tr><td><a href=a.pdf>O36 มาตรการส่งเสริมคุณธรรม</a></td><td><a href=b.pdf>O37 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></td></tr></table> | false
        a news item without a table                       | <p>ข่าวประชาสัมพันธ์ มาตรการประหยัดพลังงาน</p><p>INTRO</p> | false
        a table of another kind                           | <p>ประกาศรายชื่อผู้ผ่านการคัดเลือก</p><p>INTRO</p><table><tr><td>นาย ก</td></tr></table> | false
        """)
    void aPageIsADocumentWhenItHoldsMeasures(String what, String body, boolean document) throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<html><head><meta charset=utf-8></head><body>" + body.replace("INTRO", INTRO)
                + "</body></html>", StandardCharsets.UTF_8);
        assertEquals(document, MeasurePage.holdsMeasures(PageLinks.read(file, URI.create("http://x.go.th/"))), what);
    }
}
