package org.itaminer.acquire.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itaminer.acquire.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies typed from their bytes, whatever the server said and however the address ends. */
class MediaSnifferTest {

    private static final String PLAN = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส\tผู้รับผิดชอบ\nมาตรการที่ ๑ การเผยแพร่ข้อมูล\tสำนักปลัด\n";

    @TempDir
    Path dir;

    private String sniff(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return new MediaSniffer().detect(f);
    }

    @Test
    void thaiTextInTis620IsText() throws Exception {
        assertEquals("text/plain", sniff("report.pdf", PLAN.getBytes(Charset.forName("TIS-620"))));
    }

    @Test
    void thaiTextInUtf8IsText() throws Exception {
        assertEquals("text/plain", sniff("o36.doc", PLAN.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPdfIsAPdfWhateverItsName() throws Exception {
        assertEquals("application/pdf", sniff("o36.html", TestSites.pdf("x")));
    }

    @Test
    void anHtmlPageIsHtml() throws Exception {
        assertEquals("text/html", sniff("o36.pdf", "<!DOCTYPE html><html><body>มาตรการ</body></html>"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryJunkIsNoDocument() throws Exception {
        assertEquals("application/octet-stream", sniff("o36.pdf", new byte[] {0, 1, 2, 3, 0, 0, 9, 7, 0, 1}));
    }
}
