package org.itaminer.ingest.ocr;

/** The engine could not start or could not read a page image. */
public class OcrException extends Exception {

    private static final long serialVersionUID = 1L;

    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
