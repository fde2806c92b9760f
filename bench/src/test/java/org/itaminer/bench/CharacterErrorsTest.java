package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Character errors of OCR text against the text layer: edit distance over the true length, spaces ignored. */
class CharacterErrorsTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            มาตรการส่งเสริมคุณธรรม     | มาตรการส่งเสริมคุณธรรม      | 0 | 22
            มาตรการ ส่งเสริม คุณธรรม   | มาตรการส่งเสริมคุณธรรม      | 0 | 22
            มาตรการส่งเสรีมคุณธรรม     | มาตรการส่งเสริมคุณธรรม      | 1 | 22
            พ.ศ. ๒๕๒๐                  | พ.ศ. ๒๕๖๖                   | 2 | 8
            ''                         | ITA                         | 3 | 3
            ITA ๒๕๖๗                   | ''                          | 7 | 0
            """)
    void countsEditsAgainstTheTruthIgnoringSpaces(String read, String truth, long errors, long length) {
        assertArrayEquals(new long[] {errors, length}, CharacterErrors.count(read, truth));
    }
}
