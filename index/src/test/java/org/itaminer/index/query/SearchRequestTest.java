package org.itaminer.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchRequestTest {

    @ParameterizedTest
    @CsvSource({
        "2568, 2568",
        "2025, 2568",
        "1900, 2443",
        "2200, 2743",
        "2201, 2201",
        "1899, 1899"})
    void christianYearsBecomeBuddhistYears(int year, int expected) {
        assertEquals(expected, SearchRequest.buddhistYear(year));
        assertEquals(expected, new SearchRequest("", null, null, null, year, null, null, 1).fiscalYear());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // จังหวัดตรัง → ตรัง
        "จังหวัดตรัง|ชุมแพ|ตรัง|ชุมแพ",
        // จ.ตรัง / อ.ชุมแพ
        "จ.ตรัง|อ.ชุมแพ|ตรัง|ชุมแพ",
        "อำเภอ|อำเภอเมืองปราจีนบุรี|อำเภอ|เมืองปราจีนบุรี",
        " ตรัง |  ชุมแพ|ตรัง|ชุมแพ"})
    void placePrefixesAreStripped(String province, String district, String wantProvince, String wantDistrict) {
        SearchRequest r = new SearchRequest("q", province, district, null, null, null, null, 1);
        assertEquals(wantProvince, r.province());
        assertEquals(wantDistrict, r.district());
    }

    @Test
    void blanksAreUnsetAndIndicatorsUpperCased() {
        SearchRequest r = new SearchRequest(null, " ", "", null, null, null, " o36 ", 5);
        assertEquals("", r.query());
        assertNull(r.province());
        assertNull(r.district());
        assertEquals("O36", r.indicator());
    }
}
