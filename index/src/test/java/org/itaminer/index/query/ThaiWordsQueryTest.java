package org.itaminer.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itaminer.index.Agencies;
import org.itaminer.index.WritableIndex;
import org.itaminer.model.report.DocumentKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Thai query typed as Thai is written, without spaces: its words are each required, anywhere in the measure (in
 * any spelling), the closer together the better; only a phrase in double quotes must occur as written.
 */
class ThaiWordsQueryTest {

    @TempDir
    static Path dir;
    private static WritableIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = WritableIndex.open(dir);
        index.indexReport(Agencies.report("0a0b0c0d0e0f", Agencies.MAESAI, DocumentKind.PLAN, 2568,
                Agencies.m(1, "ช่องทางรับเรื่องร้องเรียน", "ติดตั้งตู้รับเรื่อง"),
                Agencies.m(2, "เปิดช่องทางร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ทุกระดับในสังกัด",
                        "รับแจ้งทางโทรศัพท์"),
                Agencies.m(3, "รับเรื่องร้องเรียนเกี่ยวกับถนนชำรุด", "ซ่อมแซมถนน"),
                Agencies.m(4, "เปิดเผยข้อมูลผลการจัดซื้อจัดจ้างประจำปี", "เผยแพร่ทางเว็บไซต์"),
                Agencies.m(5, "เปิดเผยข้อมูลข่าวสารของหน่วยงาน", "ปิดประกาศ"),
                Agencies.m(6, "ประกาศนโยบายไม่รับของขวัญทุกชนิด", "แจ้งบุคลากร"),
                Agencies.m(7, "ไม่รับเงินสินบนและของขวัญจากผู้รับเหมา", "ลงนามข้อตกลง"),
                Agencies.m(8, "รายงานผลการดำเนินงานไตรมาสที่ ๒ ต่อผู้บริหาร", "สรุปผล")));
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static String found(String query) throws IOException {
        return index.search(SearchRequest.of(query).withLimit(20)).hits().stream()
                .map(h -> Integer.toString(h.seq())).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // query as an analyst types it | the measures (seq) found
        "ช่องทางร้องเรียน|1 2",                           // ช่องทาง … ร้องเรียน apart in 1
        "ร้องเรียนช่องทาง|1 2",                           // the words in any order
        "เปิดเผยข้อมูลจัดซื้อจัดจ้าง|4",                    // ผลการ between the two
        "ร้องเรียนถนน|3",
        "ถนนช่องทาง|''",                                 // no measure holds both
        "\"ช่องทางร้องเรียน\"|2",                          // quoted: the phrase as written
        "\"ไม่รับของขวัญ\"|6",                              // 7 has ไม่รับ … ของขวัญ apart
        "\"เปิดเผยข้อมูล\" จัดจ้าง|4",                        // a quoted phrase and a word
        "รายงานไตรมาส๒|8",                                // Thai digit = Arabic; words apart
        "รายงาน ไตรมาส 2|8",                              // spaced as before
        "ร้องเรียน เทศบาลตำบล|1 2 3",                      // the agency's name is searched too
        "ร้องเรียนทต.|1 2 3",                              // ทต. stands for เทศบาลตำบล
    })
    void everyWordOfAnUnspacedQueryIsRequiredAnywhere(String query, String expected) throws IOException {
        assertEquals(expected, found(query));
    }

    @Test
    void theWordsSideBySideRankFirst() throws IOException {
        // 2 holds ช่องทางร้องเรียน as written but is long; 1 is short with รับเรื่อง between the words
        List<Integer> ranked = index.search(SearchRequest.of("ช่องทางร้องเรียน")).hits().stream()
                .map(SearchHit::seq).toList();
        assertEquals(List.of(2, 1), ranked);
    }
}
