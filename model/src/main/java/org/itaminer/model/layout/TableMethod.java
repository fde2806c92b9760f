package org.itaminer.model.layout;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a reader found a table; written into the layout JSON by its {@link #value()}. */
public enum TableMethod {
    /** Tab-separated or markdown pipe rows of the plain-text form. */
    TEXT_FORM("text-form"),
    /** An HTML or office table, as Tika hands it on. */
    HTML("html"),
    /** An RTF table read by itaminer's own RTF reader. */
    RTF("rtf"),
    /** A PDF table drawn with ruling lines. */
    LATTICE("lattice"),
    /** A PDF table without rulings, its columns found from text alignment. */
    STREAM("stream"),
    /** A table rebuilt from a page image. */
    OCR("ocr");

    private final String value;

    TableMethod(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
