package org.itaminer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            %PDF-1.7                  | PDF
            PK\u0003\u0004word/       | OFFICE_ZIP
            {\\rtf1\\ansi             | RTF
            <!DOCTYPE html><html>     | HTML
            มาตรการ\tผู้รับผิดชอบ       | TEXT
            """)
    void detectsFromContent(String head, Format format) {
        assertEquals(format, FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8)));
    }

    @org.junit.jupiter.api.Test
    void binaryJunkIsUnknownAndUtf16WithBomIsText() {
        assertEquals(Format.UNKNOWN, FormatDetector.detect(new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2}));
        assertEquals(Format.TEXT, FormatDetector.detect(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x01, 0x0E}));
    }
}
