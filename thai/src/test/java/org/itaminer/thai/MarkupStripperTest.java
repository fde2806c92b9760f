package org.itaminer.thai;

import static org.itaminer.thai.FilterAssert.check;
import static org.itaminer.thai.FilterAssert.checkRandomData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupStripperTest {

    private final MarkupStripper filter = new MarkupStripper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                                   | ``
            แต่งตั้งคณะกรรมการ                                     | แต่งตั้งคณะกรรมการ
            # tags become one space each; white space is WhitespaceCollapser's job
            <p>แต่งตั้งคณะกรรมการ</p>                               | ` แต่งตั้งคณะกรรมการ `
            <u>ผลการดำเนินงาน</u>                                  | ` ผลการดำเนินงาน `
            รอบ 6 เดือน<br/>ปีงบประมาณ 2567                        | `รอบ 6 เดือน ปีงบประมาณ 2567`
            รอบ 6 เดือน<br />ปีงบประมาณ                            | `รอบ 6 เดือน ปีงบประมาณ`
            <ol style="list-style-type: decimal"><li>ข้อ 1</li></ol> | `  ข้อ 1  `
            # a less-than sign in text stays
            คะแนน < 50                                           | คะแนน < 50
            คะแนน <50 และ > 0                                     | คะแนน <50 และ > 0
            # entities
            สำนักปลัด &amp; กองคลัง                                 | สำนักปลัด & กองคลัง
            &lt;p&gt; คือแท็ก                                      | `  คือแท็ก`
            &quot;ITA&quot; &#39;2567&#39; &apos;x&apos;            | "ITA" '2567' 'x'
            ประชา&nbsp;สัมพันธ์                                    | ประชา\u00A0สัมพันธ์
            # numeric entities: &#3585; is ก, &#x0E02; is ข
            &#3585;&#x0E02;&#X0E04;                              | กขค
            # doubly escaped text ends without markup
            AT&amp;amp;T                                         | AT&T
            # unknown and invalid entities stay
            &copy; &#0; &#xD800; &#99999999;                     | &copy; &#0; &#xD800; &#99999999;
            # markdown emphasis: only doubled markers go
            **ผลการประเมิน** __ITA__                              | ผลการประเมิน ITA
            *หมายเหตุ* file_name.pdf                             | *หมายเหตุ* file_name.pdf
            """)
    void stripsMarkup(String input, String expected) {
        check(filter, input, expected);
    }

    @Test
    void randomData() {
        checkRandomData(filter, 7L, 300);
    }
}
