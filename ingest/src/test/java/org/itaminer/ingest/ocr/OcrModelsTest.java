package org.itaminer.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models OCR was measured with, pinned by SHA-256; another file is named, and keys the OCR cache apart. */
class OcrModelsTest {

    @Test
    void theThaiAndEnglishModelsArePinned() {
        assertEquals(64, OcrModels.pinned().get("tha").length());
        assertEquals(64, OcrModels.pinned().get("eng").length());
    }

    @Test
    void aModelFileThatIsNotThePinnedOneIsNamedAndChangesTheCacheKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tha.traineddata"), "not the measured model");
        Files.writeString(dir.resolve("eng.traineddata"), "not the measured model either");
        OcrSettings other = new OcrSettings("tha+eng", Optional.of(dir), 3, 1);
        List<String> unpinned = OcrModels.unpinned(other);
        assertEquals(2, unpinned.size(), unpinned.toString());
        assertTrue(unpinned.get(0).contains("tha.traineddata differs from the measured model"), unpinned.get(0));

        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.writeString(copy.resolve("tha.traineddata"), "not the measured model");
        Files.writeString(copy.resolve("eng.traineddata"), "a third model");
        OcrSettings third = new OcrSettings("tha+eng", Optional.of(copy), 3, 1);
        assertTrue(!other.signature().equals(third.signature()), "another eng model keys the cache apart");
    }

    @Test
    void theInstalledModelsAreThePinnedOnesWhereDebiansPackagesAre() {
        Path debian = Path.of("/usr/share/tesseract-ocr/5/tessdata");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(debian.resolve("tha.traineddata")),
                "no Debian Thai model here");
        assertEquals(List.of(), OcrModels.unpinned(new OcrSettings("tha+eng", Optional.of(debian), 3, 1)));
    }
}
