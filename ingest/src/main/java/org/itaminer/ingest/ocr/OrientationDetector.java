package org.itaminer.ingest.ocr;

import java.util.Optional;

/** Tells which way up a page image's text stands; empty when it cannot say (no detector, too little text). */
@FunctionalInterface
interface OrientationDetector {

    /** Never detects: pages are taken as they come. */
    OrientationDetector NONE = page -> Optional.empty();

    Optional<Orientation> detect(PageImage page) throws OcrException;
}
