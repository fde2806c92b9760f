package org.itaminer.pipeline;

import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.ocr.DirectoryOcrCache;
import org.itaminer.ingest.ocr.Ocr;

/**
 * The OCR of the runs over one workdir: Tesseract with the environment's settings, what it reads from each page image
 * kept in the workdir's {@code ocr-cache/}, so that no page is OCR'd twice, even when a changed ingest makes the
 * layouts again or the same scan arrives under another name. Given to the readers by the front end that opens the
 * workdir ({@link Ingest#withOcr}), not set on a JVM-wide OCR: two workdirs in one JVM keep their caches apart.
 */
public final class WorkdirOcr {

    private WorkdirOcr() {
    }

    /** A new OCR (its own engines, started on the first scanned page) caching in {@code workdir}. */
    public static Ocr of(Workdir workdir) {
        Ocr ocr = Ocr.tesseract(true);
        ocr.useCache(new DirectoryOcrCache(workdir.ocrCacheFolder()));
        return ocr;
    }

    /** Every reader itaminer has, reading page images with {@code ocr}. */
    public static Ingest standardIngest(Ocr ocr) {
        return Ingest.standard().withOcr(ocr);
    }
}
