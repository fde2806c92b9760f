package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a document's text came from (the schema's {@code source.textSource}). */
public enum TextSource {
    /** A plain-text or markup file: the text as written. */
    TEXT("text"),
    /** The text layer of a PDF. */
    PDF_TEXT("pdf-text"),
    /** Optical character recognition of page images. */
    OCR("ocr"),
    /** Some pages from a text layer, some from OCR. */
    MIXED("mixed");

    private final String value;

    TextSource(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
