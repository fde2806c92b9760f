package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineWrapSpaceJoinerTest {

    private final LineWrapSpaceJoiner filter = new LineWrapSpaceJoiner();

    /** Spaces inside a word go; what ICU 74's Thai dictionary decides is noted per row. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | ''
            สำนักปลัด                             | สำนักปลัด
            # (a) R starts with a vowel or mark that cannot begin a syllable
            'ท ี่'                               | ที่
            'ค าน า'                             | คานา
            # (b) L ends with a leading vowel
            'เ ป็น'                              | เป็น
            'ไ ตรมาส'                            | ไตรมาส
            # (c) ICU reads the joined text as one word across the join
            'ประชา สัมพันธ์'                      | ประชาสัมพันธ์
            'กำหน ด'                             | กำหนด
            'ตัวชี้วั ด'                          | ตัวชี้วัด
            'ราย งาน ผล'                         | 'รายงาน ผล'
            # compounds the dictionary lists are merged too (harmless: the scorer ignores spaces)
            'ไม่ มี'                              | ไม่มี
            # several spaces in one word
            'ประ ชา สัม พันธ์'                    | ประชาสัมพันธ์
            """)
    void joinsWordsSplitByLineWrapping(String input, String expected) {
        check(filter, input, expected);
    }

    /** Spaces between words stay (precision over recall). */
    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            'สำนักปลัด ทุกส่วนราชการ'
            'ผู้บริหาร และ สมาชิก'
            'คณะทำงาน ทบทวน'
            'เว็บไซต์ หน่วยงาน'
            'facebook fanpage'
            'ไตรมาสที่ 2'
            'แต่งตั้ง คณะกรรมการ'
            # ICU splits these at the join although some readers would write them as one word
            'องค์การบริหาร ส่วนตำบล'
            'เจ้า หน้าที่'
            'ตลอด ปีงบประมาณ'
            # a place name, two dictionary words: kept
            'บ้าน โคก'
            # the Royal Institute writes a space before MAIYAMOK, and after PAIYANNOI
            'ต่าง ๆ'
            'กรุงเทพฯ สำนักงาน'
            # a space between NIKHAHIT and SARA AA is not guessed (see SaraAmComposer)
            'ด\u0E4D \u0E32'
            'ITA 2567 ประจำปี'
            """)
    void keepsSpacesBetweenWords(String input) {
        check(filter, input, input);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 10L, 300);
    }

    @Test
    void isSafeAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 500; k++) {
                        check(filter, "ประชา สัมพันธ์ และ สำนักปลัด ทุกส่วนราชการ",
                                "ประชาสัมพันธ์ และ สำนักปลัด ทุกส่วนราชการ");
                    }
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
