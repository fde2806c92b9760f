package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heading blocks as the PDF reader hands them on: printed lines kept apart inside a paragraph (" / "),
 * paragraphs split at gaps and type-size changes (" ¶ "), a table (" ¶ [table]") or a page break
 * (" ¶ [page]") between them. The block read from the first paragraph, or none.
 */
class HeadingBlockTest {

    private static DocumentText layout(String spec) {
        List<Page> pages = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (String part : spec.split(" ¶ ")) {
            if (part.equals("[page]")) {
                pages.add(new Page(pages.size() + 1, blocks));
                blocks = new ArrayList<>();
            } else if (part.equals("[table]")) {
                blocks.add(new Table(List.of(Row.of("มาตรการ", "ผู้รับผิดชอบ"), Row.of("เผยแพร่ข้อมูล", "สำนักปลัด")),
                        TableMethod.LATTICE));
            } else {
                blocks.add(new Paragraph(List.of(part.split(" / "))));
            }
        }
        pages.add(new Page(pages.size() + 1, blocks));
        return DocumentText.of(new LayoutDocument("application/pdf", TextSource.PDF_TEXT, pages, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            heading and year, then the preamble in the same paragraph | มาตรการส่งเสริมคุณธรรมและความโปร่งใส / ประจำปีงบประมาณ พ.ศ. 2568 / องค์การบริหารส่วนตำบลหนองแสงได้วิเคราะห์ผลการประเมิน ITA ประจำปี 2567 และกำหนดมาตรการ ดังนี้ | มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
            a body paragraph wrapped at the page width is no heading | มาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงานมุ่งเน้นการเปิดเผยข้อมูลต่อสาธารณชนและการป้องกัน / การทุจริตในทุกขั้นตอนของการปฏิบัติงานของเจ้าหน้าที่ทุกระดับอย่างต่อเนื่องและเป็นรูปธรรมตลอดทั้งปี | null
            a table ends the heading                                | มาตรการป้องกันการรับสินบน ¶ [table] ¶ ประจำปีงบประมาณ พ.ศ. 2568 | มาตรการป้องกันการรับสินบน
            a page break ends the heading                           | มาตรการป้องกันการรับสินบน ¶ [page] ¶ ประจำปีงบประมาณ พ.ศ. 2568 | มาตรการป้องกันการรับสินบน
            a heading set larger, its year line in body type        | มาตรการป้องกันผลประโยชน์ทับซ้อน ¶ ประจำปีงบประมาณ พ.ศ. 2567 ¶ ตามที่องค์การบริหารส่วนตำบลบ้านโคกได้จัดทำแผน | มาตรการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ พ.ศ. 2567
            a long heading wrapped after พ.ศ., set apart             | มาตรการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ¶ 2567 องค์การบริหารส่วนจังหวัดขอนแก่น ¶ สรุปงบประมาณที่ใช้ในการดำเนินการตามมาตรการ | มาตรการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567 องค์การบริหารส่วนจังหวัดขอนแก่น
            an agency line above, a round line under                | เทศบาลเมืองหนองคาย / รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต / รอบ 12 เดือน | รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ 12 เดือน
            a risk plan                                             | แผนบริหารความเสี่ยงการทุจริต / ประจำปีงบประมาณ พ.ศ. 2567 | แผนบริหารความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567
            driving the measures                                    | การขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใส / ประจำปี พ.ศ. 2568 | การขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี พ.ศ. 2568
            a markdown heading                                      | # มาตรการส่งเสริมคุณธรรมและความโปร่งใส ¶ ## ประจำปีงบประมาณ พ.ศ. 2569 | มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569
            a numbered measure                                      | มาตรการที่ 3 การป้องกันผลประโยชน์ทับซ้อน / ผู้รับผิดชอบ: สำนักปลัด | null
            a column header                                         | มาตรการ/แนวทาง | null
            a column header of a plan                               | แผนงาน/โครงการ | null
            a contents entry                                        | มาตรการส่งเสริมคุณธรรมและความโปร่งใส 3 | null
            a contents entry with dot leaders                       | รายงานผลการดำเนินการ .................... ๕ | null
            a preface sentence                                      | มาตรการส่งเสริมคุณธรรมฯ ฉบับนี้จัดทำขึ้นเพื่อยกระดับผลการประเมิน | null
            a memo body line wrapped before the heading words       | ตามที่สำนักปลัดได้จัดทำ / มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567 แล้ว | null
            an approval line above                                  | - อนุญาต - / มาตรการส่งเสริมคุณธรรมและความโปร่งใส | null
            """)
    void headingBlock(String name, String spec, String title) {
        assertEquals(title, HeadingBlock.at(layout(spec), 0).map(HeadingBlock::text).orElse(null), name);
    }
}
