package org.itaminer.extract.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupHeadingTest {

    /** Cells are separated by "¦"; "^N" after a cell's text gives it a column span of N. Tables have 5 columns. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            กลยุทธ์ที่ 1 : ปลูกฝังจิตสำนึก^5                                 | กลยุทธ์ที่ 1 : ปลูกฝังจิตสำนึก
            การเสริมสร้างวัฒนธรรมองค์กร^5                                   | การเสริมสร้างวัฒนธรรมองค์กร
            มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต                      | มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต
            ยุทธศาสตร์ที่ 3 การมีส่วนร่วม¦¦¦¦                                  | ยุทธศาสตร์ที่ 3 การมีส่วนร่วม
            ประเด็นยุทธศาสตร์ 2 ป้องกันการทุจริต¦¦¦¦                            | ประเด็นยุทธศาสตร์ 2 ป้องกันการทุจริต
            1. อบรมคุณธรรม¦¦¦¦                                               | NONE
            1. อบรมคุณธรรม¦จัดอบรม¦สำนักปลัด¦ไตรมาสที่ 1¦                     | NONE
            (ต่อ)                                                           | NONE
            ¦5¦¦¦                                                           | NONE
            ด้านการเปิดเผยข้อมูล¦¦¦¦                                         | NONE
            """)
    void spanningRowsAndGroupingWordsAreHeadings(String cells, String heading) {
        assertEquals(Optional.ofNullable(heading), GroupHeading.of(row(cells), 5));
    }

    private static Row row(String spec) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (String c : spec.split("¦", -1)) {
            int caret = c.lastIndexOf('^');
            if (c.isBlank()) {
                cells.add(Cell.EMPTY);
            } else if (caret > 0) {
                cells.add(new Cell(List.of(c.substring(0, caret).strip()), Integer.parseInt(c.substring(caret + 1).strip())));
            } else {
                cells.add(Cell.of(c.strip()));
            }
        }
        return new Row(cells);
    }
}
