package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TranscriptTest {

    private static final String SHA = "55809cdcb8af5176d27811f494e30d6887ea544c832270b85f6dd59dab095fbd";

    @Test
    void theHeaderNamesTheDocumentAndPageAndTheRestIsTheText() {
        Transcript t = Transcript.parse("letter.txt", """
                # file: elderly_E2506.pdf
                # sha256: %s
                # page: 2
                # left out: the signature
                ที่ อจ ๗๓๕๐๑/

                # เรื่อง is text once the text has begun
                เรื่อง ขอเปลี่ยนแปลงอีเมล์เข้าสู่ระบบ
                """.formatted(SHA));
        assertEquals("elderly_E2506.pdf", t.fileName());
        assertEquals(SHA, t.sha256());
        assertEquals(2, t.page());
        assertEquals("the signature", t.leftOut());
        assertEquals("ที่ อจ ๗๓๕๐๑/\n# เรื่อง is text once the text has begun\nเรื่อง ขอเปลี่ยนแปลงอีเมล์เข้าสู่ระบบ\n",
                t.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "# page: 1\\nข้อความ                          | no '# sha256:' line",
        "# sha256: abc\\n# page: 1\\nข้อความ       | no '# sha256:' line",
        "# sha256: " + SHA + "\\nข้อความ          | no '# page:' line",
        "# sha256: " + SHA + "\\n# page: 0\\nข้อความ | page must be 1 or more",
        "# sha256: " + SHA + "\\n# page: 1\\n      | no text after",
    })
    void aBrokenTranscriptIsNamedWithWhatIsWrong(String content, String cause) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transcript.parse("bad.txt", content.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith("transcript bad.txt: "), e.getMessage());
        assertTrue(e.getMessage().contains(cause), e.getMessage());
    }

    @Test
    void theBundledTranscriptsAllReadAndNameDistinctPages() {
        List<Transcript> all = Transcript.bundled();
        assertTrue(all.size() >= 3, "transcripts: " + all.size());
        assertEquals(all.size(), all.stream().map(t -> t.sha256() + "#" + t.page()).distinct().count());
        for (Transcript t : all) {
            assertFalse(t.fileName().isBlank(), t.name());
            assertTrue(t.text().length() > 200, t.name() + " is a whole page");
        }
    }
}
