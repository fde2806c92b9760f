package org.itaminer.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Tables printed without rulings, read from a page as a word processor sets them. */
class StreamTableTest {

    private static final String[][] PLAN = {
        {"มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ระยะเวลา", "ผู้รับผิดชอบ"},
        {"มาตรการที่ 1 เผยแพร่ข้อมูลข่าวสาร", "1. ปรับปรุงศูนย์ข้อมูลข่าวสาร", "ต.ค. 67 - ธ.ค. 67", "สำนักปลัด"},
        {"มาตรการที่ 2 ติดตั้งกล้องวงจรปิด", "1. สำรวจจุดติดตั้งกล้อง", "พ.ค. 68", "กองช่าง"},
        {"มาตรการที่ 3 จัดทำประมวลจริยธรรม", "1. ทบทวนประมวลจริยธรรม", "ก.ย. 68", "งานการเจ้าหน้าที่"},
    };

    @ParameterizedTest(name = "cell padding {0} pt at 9 pt")
    @ValueSource(doubles = {2.0, 3.0, 6.0})
    void columnsApartByLessThanAWordGapAreStillColumns(double pad) {
        PageSketch page = new PageSketch();
        page.text("รายละเอียดมาตรการ ประจำปีงบประมาณ พ.ศ. 2568", 40, 60, 11);
        page.table(40, 80, 9, pad, false, PLAN);
        List<List<List<String>>> tables = PageSketch.tables(page.blocks());
        assertEquals(1, tables.size(), "one unruled table");
        assertEquals(List.of(List.of(PLAN[0]), List.of(PLAN[1]), List.of(PLAN[2]), List.of(PLAN[3])), tables.get(0));
    }

    @Test
    void wrappedCellsFoldIntoTheirRowWhereRowsAreSetApart() {
        String[][] wrapped = {
            {"มาตรการ", "วิธีการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ"},
            {"มาตรการที่ 1 เผยแพร่ข้อมูล\nข่าวสารตามพระราชบัญญัติ", "1. ปรับปรุงศูนย์ข้อมูล\n2. เผยแพร่ทุกเดือน\n3. รายงานผล",
                "ไตรมาสที่ 1", "สำนักปลัด"},
            {"มาตรการที่ 2 ติดตั้งกล้อง\nวงจรปิดในจุดบริการ", "1. สำรวจจุดติดตั้ง", "ไตรมาสที่ 3", "กองช่าง"},
        };
        PageSketch page = new PageSketch();
        page.table(40, 80, 9, 6, false, wrapped);
        assertEquals(List.of(List.of(
                List.of("มาตรการ", "วิธีการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ"),
                List.of("มาตรการที่ 1 เผยแพร่ข้อมูล ข่าวสารตามพระราชบัญญัติ",
                        "1. ปรับปรุงศูนย์ข้อมูล 2. เผยแพร่ทุกเดือน 3. รายงานผล", "ไตรมาสที่ 1", "สำนักปลัด"),
                List.of("มาตรการที่ 2 ติดตั้งกล้อง วงจรปิดในจุดบริการ", "1. สำรวจจุดติดตั้ง", "ไตรมาสที่ 3", "กองช่าง"))),
                PageSketch.tables(page.blocks()));
    }

    @Test
    void anUnruledTableUnderARuledOneIsReadToo() {
        String[][] scores = {
            {"ตัวชี้วัด", "คะแนน"},
            {"การปฏิบัติหน้าที่", "85.20"},
            {"การเปิดเผยข้อมูล", "70.10"},
        };
        PageSketch page = new PageSketch();
        page.table(40, 60, 9, 3, true, scores);
        page.text("รายละเอียดมาตรการ", 40, 150, 11);
        page.table(40, 170, 9, 6, false, PLAN);
        List<List<List<String>>> tables = PageSketch.tables(page.blocks());
        assertEquals(2, tables.size(), "the ruled scores and the unruled plan");
        assertEquals(List.of("ตัวชี้วัด", "คะแนน"), tables.get(0).get(0));
        assertEquals(List.of(PLAN[2]), tables.get(1).get(2));
    }

    @Test
    void proseWithADoubleSpaceIsNoTable() {
        PageSketch page = new PageSketch();
        String[] prose = {
            "ตามที่สำนักงาน ป.ป.ช. ได้กำหนดให้หน่วยงานภาครัฐ  จัดทำมาตรการส่งเสริมคุณธรรม",
            "และความโปร่งใสภายในหน่วยงาน  เพื่อให้การดำเนินงานเป็นไปอย่างมีประสิทธิภาพ",
            "โดยมีการติดตามผล  และรายงานผลต่อผู้บริหารทุกไตรมาส  ตามแนวทางที่กำหนด",
            "จึงประกาศมาเพื่อทราบโดยทั่วกัน",
        };
        for (int i = 0; i < prose.length; i++) {
            page.text(prose[i], 40, 60 + 16 * i, 11);
        }
        List<org.itaminer.model.layout.Block> blocks = page.blocks();
        assertEquals(List.of(), PageSketch.tables(blocks));
        assertEquals(4, PageSketch.paragraphLines(blocks).size());
    }

    @Test
    void aScheduleHasAColumnPerMonthEvenAMonthWithoutATick() {
        String[] months = {"ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."};
        String[][] schedule = new String[5][15];
        String[] head = {"มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "งบประมาณ"};
        String[][] rows = {
            {"1) เผยแพร่ข้อมูลข่าวสาร", "สำนักปลัด", "20,000"},
            {"1.1 ปรับปรุงศูนย์ข้อมูล", "", ""},
            {"1.2 เผยแพร่ทุกเดือน", "", ""},
            {"2) อบรมจริยธรรมบุคลากร", "งานการเจ้าหน้าที่", "-"},
        };
        int[][] ticks = {{}, {0, 1, 2}, {4, 5, 6, 7}, {9, 10, 11}}; // ม.ค. (3) and มิ.ย. (8) have none
        for (int c = 0; c < 15; c++) {
            schedule[0][c] = c < 3 ? head[c] : months[c - 3] + "\n68";
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 15; c++) {
                schedule[r + 1][c] = c < 3 ? rows[r][c] : "";
            }
            for (int m : ticks[r]) {
                schedule[r + 1][3 + m] = "X";
            }
        }
        PageSketch page = new PageSketch();
        page.table(40, 80, 9, 3, false, schedule);
        List<List<List<String>>> tables = PageSketch.tables(page.blocks());
        assertEquals(1, tables.size());
        assertEquals(5, tables.get(0).size());
        assertEquals(List.of("1.2 เผยแพร่ทุกเดือน", "", "", "", "", "", "", "X", "X", "X", "X", "", "", "", ""),
                tables.get(0).get(3));
        assertEquals("ม.ค. 68", tables.get(0).get(0).get(6));
    }

    /** Months and quarters whose only text on the page is their one-line header cell. */
    @ParameterizedTest(name = "{0} at padding {1} pt")
    @CsvSource(delimiter = '|', value = {
        "ต.ค. 65,พ.ย. 65,ธ.ค. 65,ม.ค. 66,ก.พ. 66,มี.ค. 66,เม.ย. 66,พ.ค. 66,มิ.ย. 66,ก.ค. 66,ส.ค. 66,ก.ย. 66 | 3",
        "ต.ค. 65,พ.ย. 65,ธ.ค. 65,ม.ค. 66,ก.พ. 66,มี.ค. 66,เม.ย. 66,พ.ค. 66,มิ.ย. 66,ก.ค. 66,ส.ค. 66,ก.ย. 66 | 6",
        "ต.ค.,พ.ย.,ธ.ค.,ม.ค.,ก.พ.,มี.ค.,เม.ย.,พ.ค.,มิ.ย.,ก.ค.,ส.ค.,ก.ย. | 4",
        "ไตรมาสที่ 1,ไตรมาสที่ 2,ไตรมาสที่ 3,ไตรมาสที่ 4 | 3",
        "ไตรมาส 1,ไตรมาส 2,ไตรมาส 3,ไตรมาส 4 | 6",
    })
    void aPeriodWithoutATickOnThisPageKeepsTheColumnItsOneLineHeaderNames(String labels, double pad) {
        String[] periods = labels.split(",");
        String[][] rows = {
            {"มาตรการ/โครงการ/กิจกรรม", "หน่วยงานที่รับผิดชอบ"},
            {"แต่งตั้งคณะกรรมการตรวจรับงานจ้างจากผู้มีส่วนได้ส่วนเสีย", "กองช่าง"},
            {"- คัดเลือกผู้แทนชุมชน", ""},
            {"- ออกคำสั่งแต่งตั้งคณะกรรมการ", ""},
            {"ควบคุมการใช้รถยนต์ส่วนกลางให้เป็นไปตามระเบียบ", "สำนักปลัด"},
            {"- จัดทำสมุดบันทึกการใช้รถ", ""},
        };
        int last = periods.length - 1;
        // the first two periods and a run in the middle have no tick on this page
        int[][] ticks = {{}, {}, {last / 2 + 2}, {2}, {}, {last}};
        int n = 2 + periods.length;
        String[][] schedule = new String[rows.length][n];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < n; c++) {
                schedule[r][c] = c < 2 ? rows[r][c] : r == 0 ? periods[c - 2] : "";
            }
            for (int m : ticks[r]) {
                schedule[r][2 + Math.min(m, last)] = "/";
            }
        }
        PageSketch page = new PageSketch();
        page.table(40, 80, 9, pad, false, schedule);
        List<List<List<String>>> tables = PageSketch.tables(page.blocks());
        assertEquals(1, tables.size());
        assertEquals(List.of(schedule[0]), tables.get(0).get(0), "a column per period");
        assertEquals(List.of(schedule[3]), tables.get(0).get(3));
    }

    @Test
    void aSpanningHeaderWordOverASparseColumnStaysInItsColumn() {
        String[][] quarters = {
            {"มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "", "", ""},
            {"", "", "ไตรมาสที่ 1", "ไตรมาสที่ 2", "ไตรมาสที่ 3", "ไตรมาสที่ 4"},
            {"1. ประกาศนโยบายไม่รับของขวัญ", "สำนักปลัด", "", "", "", ""},
            {"- ผู้บริหารลงนามประกาศ", "", "/", "", "", ""},
            {"- ประชาสัมพันธ์ให้บุคลากรทราบ", "", "", "", "/", "/"},
            {"- รายงานผลการปฏิบัติ", "", "/", "", "", ""},
            {"2. ควบคุมการใช้รถยนต์ส่วนกลาง", "สำนักปลัด", "", "", "", ""},
            {"- จัดทำสมุดบันทึกการใช้รถ", "", "", "", "", "/"},
            {"- ตรวจสอบการขออนุญาตใช้รถ", "", "/", "/", "", ""},
            {"3. พัฒนาช่องทางรับเรื่องร้องเรียน", "งานนิติการ", "", "", "", ""},
            {"- จัดทำแบบฟอร์มร้องเรียนออนไลน์", "", "", "", "/", "/"},
            {"- สรุปสถิติเรื่องร้องเรียน", "", "/", "", "", ""},
        };
        PageSketch page = new PageSketch();
        page.table(40, 80, 9, 3, false, quarters);
        List<List<List<String>>> tables = PageSketch.tables(page.blocks());
        assertEquals(1, tables.size());
        assertEquals(List.of(quarters[1]), tables.get(0).get(1));
        assertEquals(List.of(quarters[8]), tables.get(0).get(8));
        assertEquals(12, tables.get(0).size());
    }

    @Test
    void aMonthWhoseOnlyTextIsItsTwoLineHeaderKeepsItsColumn() {
        String[] months = {"ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."};
        String[][] schedule = new String[21][14];
        schedule[0][0] = "กิจกรรม";
        schedule[0][1] = "ผู้รับผิดชอบ";
        for (int m = 0; m < 12; m++) {
            schedule[0][2 + m] = months[m] + "\n" + (m < 3 ? "68" : "69");
        }
        for (int r = 1; r <= 20; r++) {
            schedule[r][0] = "- กิจกรรมย่อยที่ " + r;
            schedule[r][1] = r % 4 == 1 ? "สำนักปลัด" : "";
            for (int m = 0; m < 12; m++) {
                boolean tick = m != 7 && (r + m) % 5 == 0; // พ.ค. never ticked
                schedule[r][2 + m] = tick ? "X" : "";
            }
        }
        PageSketch page = new PageSketch();
        page.table(40, 60, 9, 3, false, schedule);
        List<List<List<String>>> tables = PageSketch.tables(page.blocks());
        assertEquals(1, tables.size());
        assertEquals(14, tables.get(0).get(0).size());
        assertEquals(List.of("เม.ย. 69", "พ.ค. 69", "มิ.ย. 69"), tables.get(0).get(0).subList(8, 11));
    }

    @Test
    void aLongListInALaterColumnDoesNotEndTheTable() {
        String[][] plan = {
            {"มาตรการ", "ขั้นตอนการดำเนินงาน", "ระยะเวลา", "ผู้รับผิดชอบ"},
            {"1. จัดทำแผนป้องกันการทุจริต", "1) ทบทวนแผนเดิม\n2) ประชุมคณะทำงาน\n3) ยกร่างแผน\n4) รับฟังความเห็น\n"
                + "5) เสนอผู้บริหาร\n6) ประกาศใช้แผน", "ต.ค. 68", "สำนักปลัด"},
            {"2. เผยแพร่ผลการดำเนินงาน", "1) รวบรวมผล", "ก.ย. 69", "กองคลัง"},
            {"3. ประเมินความพึงพอใจ", "1) จัดทำแบบสำรวจ", "ก.ย. 69", "สำนักปลัด"},
        };
        PageSketch page = new PageSketch();
        page.table(40, 60, 9, 3, false, plan);
        List<List<List<String>>> tables = PageSketch.tables(page.blocks());
        assertEquals(1, tables.size());
        assertEquals(4, tables.get(0).size());
        assertEquals(List.of(plan[3]), tables.get(0).get(3));
    }
}
