package org.itaminer.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryChunksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "No Gift Policy|No Gift Policy",
        // บ่อหิน ร้องเรียน: two ideas
        "บ่อหิน ร้องเรียน|บ่อหิน;ร้องเรียน",
        "ขอนแก่น  No Gift Policy|ขอนแก่น;No Gift Policy",
        "ตัวชี้วัดที่ 10|ตัวชี้วัดที่;10",
        "Smart Country ศูนย์|Smart Country;ศูนย์"})
    void split(String query, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")), QueryChunks.split(query));
    }
}
