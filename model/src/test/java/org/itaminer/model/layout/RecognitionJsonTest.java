package org.itaminer.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's turn and levelling are in its layout JSON only when something was done; text-layer pages as before. */
class RecognitionJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPageReadAsItLayHasNoRotationOrSkewInItsJson() throws Exception {
        String written = json.writeValueAsString(new Recognition("tesseract 5.3.0 tha+eng", 90, 10, 1));
        assertFalse(written.contains("rotation"), written);
        assertFalse(written.contains("skew"), written);
        String textLayer = json.writeValueAsString(new Page(1, List.of(new Paragraph(List.of("ข้อความ")))));
        assertFalse(textLayer.contains("recognition"), textLayer);
    }

    @Test
    void aTurnedAndLevelledPageSaysSoAndReadsBack() throws Exception {
        Recognition turned = new Recognition("tesseract 5.3.0 tha+eng", 88, 271, 10, List.of()).straightened(270, -1.5);
        String written = json.writeValueAsString(turned);
        assertTrue(written.contains("\"rotation\":270") && written.contains("\"skew\":-1.5"), written);
        assertEquals(turned, json.readValue(written, Recognition.class));
        assertEquals(0, json.readValue("{\"engine\":\"t\",\"meanConfidence\":90,\"words\":1,\"lowConfidenceWords\":0}",
                Recognition.class).rotation(), "layouts written before");
    }

    @Test
    void onlyQuarterTurns() {
        assertThrows(IllegalArgumentException.class, () -> Recognition.NONE.straightened(45, 0));
    }
}
