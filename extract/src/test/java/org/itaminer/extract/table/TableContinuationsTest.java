package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.itaminer.model.layout.TableMethod;
import org.itaminer.model.layout.TextSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables a page break cut, joined before any row is read as a measure. Each case is a document of pages;
 * the result is written one whole table per bracket, one part per page ("p2^" when a group heading is
 * printed over it), one letter per row: n a row of its own, c a row going on from the row above.
 */
class TableContinuationsTest {

    private static final Row HEADER = Row.of("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา");
    private static final Row NUMBERED_HEADER = Row.of("ข้อที่", "มาตรการ", "ผลการปฏิบัติ", "ระยะเวลา");
    private static final Row FIRST = Row.of("1. เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "1. จัดทำแผน", "กองคลัง", "ตลอดปีงบประมาณ");
    private static final Row SECOND = Row.of("2. มาตรการไม่รับของขวัญ", "ประกาศนโยบาย", "สำนักปลัด", "ไตรมาสที่ 1");
    /** The rest of FIRST's มาตรการ cell, printed at the top of the next page. */
    private static final Row REST = Row.of("ผ่านเว็บไซต์ของหน่วยงาน", "2. รายงานผล", "", "");
    private static final Row MARKED = Row.of("(ต่อ)", "3. เผยแพร่ผลรายเดือน", "กองคลัง", "");
    private static final String FOOTER =
            "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 องค์การบริหารส่วนตำบลบ้านโคก อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the header printed again on the next page is a repeat",
                        pages(List.of(table(HEADER, FIRST)), List.of(table(HEADER, SECOND))), "[p1:n p2:n]"),
                Arguments.of("a (ต่อ) row goes on from the row above",
                        pages(List.of(table(HEADER, FIRST)), List.of(table(HEADER, MARKED, SECOND))), "[p1:n p2:cn]"),
                Arguments.of("a part without a header and of the same width goes on under the layout",
                        pages(List.of(table(HEADER, FIRST)), List.of(table(SECOND))), "[p1:n p2:n]"),
                Arguments.of("open edges: the first row is the rest of the row the break cut",
                        pages(List.of(cut(false, true, HEADER, FIRST)), List.of(cut(true, false, REST))), "[p1:n p2:c]"),
                Arguments.of("a page number between the parts is page furniture",
                        pages(List.of(cut(false, true, HEADER, FIRST)), List.of(Paragraph.of("- 2 -"), cut(true, false, REST))),
                        "[p1:n p2:c]"),
                Arguments.of("the next page's part has its own top line: a row of its own",
                        pages(List.of(cut(false, true, HEADER, FIRST)), List.of(cut(false, false, REST))), "[p1:n p2:n]"),
                Arguments.of("a running footer between the parts is page furniture too",
                        pages(List.of(cut(false, true, HEADER, FIRST), Paragraph.of(FOOTER)),
                                List.of(cut(true, true, REST), Paragraph.of(FOOTER)),
                                List.of(cut(true, false, REST), Paragraph.of(FOOTER))),
                        "[p1:n p2:c p3:c]"),
                Arguments.of("a page of text between: the header-less table is another table",
                        pages(List.of(table(HEADER, FIRST)), List.of(Paragraph.of(FOOTER.repeat(4)), table(SECOND))), "[p1:n]"),
                Arguments.of("another column count: another table",
                        pages(List.of(table(HEADER, FIRST)), List.of(table(Row.of("ลำดับ", "รายการ")))), "[p1:n]"),
                Arguments.of("another header: another table",
                        pages(List.of(table(HEADER, FIRST)),
                                List.of(table(NUMBERED_HEADER, Row.of("1", "ประกาศเจตนารมณ์", "ประกาศแล้ว", "ตุลาคม 2566")))),
                        "[p1:n] [p2:n]"),
                Arguments.of("a numbered table: an empty number cell at the page top goes on",
                        pages(List.of(table(NUMBERED_HEADER, Row.of("1", "ประกาศเจตนารมณ์ไม่รับสินบน", "ประกาศแล้ว", "ตุลาคม 2566"))),
                                List.of(table(NUMBERED_HEADER, Row.of("", "ผ่านเว็บไซต์ของหน่วยงาน", "เผยแพร่แล้ว", "")))),
                        "[p1:n p2:c]"),
                Arguments.of("a numbered table: a numbered row at the page top is a row of its own",
                        pages(List.of(table(NUMBERED_HEADER, Row.of("1", "ประกาศเจตนารมณ์ไม่รับสินบน", "ประกาศแล้ว", "ตุลาคม 2566"))),
                                List.of(table(NUMBERED_HEADER, Row.of("2", "อบรมคุณธรรมจริยธรรม", "อบรมแล้ว 45 คน", "")))),
                        "[p1:n p2:n]"),
                Arguments.of("no page break between two parts on one page: no cut row",
                        pages(List.of(table(NUMBERED_HEADER, Row.of("1", "ประกาศเจตนารมณ์ไม่รับสินบน", "ประกาศแล้ว", "ตุลาคม 2566")),
                                table(Row.of("", "ผ่านเว็บไซต์ของหน่วยงาน", "เผยแพร่แล้ว", "")))),
                        "[p1:n p1:n]"),
                Arguments.of("a group heading printed over the next page's part",
                        pages(List.of(table(HEADER, FIRST)),
                                List.of(Paragraph.of("กลยุทธ์ที่ 2 สร้างเครือข่ายบุคลากร"), table(HEADER, SECOND))),
                        "[p1:n p2^:n]"),
                Arguments.of("no measure header anywhere: no measure table",
                        pages(List.of(table(Row.of("ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง"), Row.of("1", "นายสมชาย ใจดี", "ปลัด")))), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void joinsTheParts(String description, LayoutDocument layout, String expected) {
        assertEquals(expected, describe(TableContinuations.of(layout)), description);
    }

    private static String describe(List<WholeTable> tables) {
        return tables.stream().map(t -> t.parts().stream()
                        .map(p -> "p" + p.page() + (p.headingAbove().isPresent() ? "^" : "") + ":"
                                + p.rows().stream().map(r -> r.continued() ? "c" : "n").collect(Collectors.joining()))
                        .collect(Collectors.joining(" ", "[", "]")))
                .collect(Collectors.joining(" "));
    }

    private static Table table(Row... rows) {
        return new Table(List.of(rows), TableMethod.LATTICE);
    }

    private static Table cut(boolean openTop, boolean openBottom, Row... rows) {
        return new Table(List.of(rows), TableMethod.LATTICE, openTop, openBottom);
    }

    @SafeVarargs
    private static LayoutDocument pages(List<Block>... blocks) {
        List<Page> pages = new ArrayList<>();
        for (List<Block> page : blocks) {
            pages.add(new Page(pages.size() + 1, page));
        }
        return new LayoutDocument("application/pdf", TextSource.PDF_TEXT, pages, List.of());
    }
}
