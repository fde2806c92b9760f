package org.itaminer.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a document failed. A <em>permanent</em> cause lies in the bytes themselves (a password, a broken file):
 * running again on the same bytes with the same code gives the same failure, so it is remembered and not
 * retried or advertised as worth another run.
 */
public enum FailureKind {
    /** The input named does not exist (or is not a regular file). */
    NOT_FOUND("not-found", false),
    /** Reading or writing a file failed: permissions, a full disk, a vanished folder. */
    IO("io", false),
    /** The file has no bytes or no text at all. */
    EMPTY("empty", true),
    /** The bytes are of no format itaminer reads. */
    UNSUPPORTED_FORMAT("unsupported-format", true),
    /** Text whose character encoding could not be told. */
    UNREADABLE_ENCODING("unreadable-encoding", true),
    /** Protected by a password itaminer does not have. */
    ENCRYPTED("encrypted", true),
    /** A broken or truncated file of a known format. */
    CORRUPT("corrupt", true),
    /** A document that needs more memory or work than one document may take (a decompression bomb). */
    TOO_LARGE("too-large", true),
    /** Scanned pages that need OCR where the OCR engine or its Thai model is not installed: worth a run once it is. */
    OCR_UNAVAILABLE("ocr-unavailable", false),
    /** A reader could not read the document for another reason. */
    UNREADABLE("unreadable", true),
    /** The heap ran out while this document was being processed. */
    OUT_OF_MEMORY("out-of-memory", false),
    /** A bug in itaminer; the trace is in the log. */
    INTERNAL_ERROR("internal-error", false);

    private final String value;
    private final boolean permanent;

    FailureKind(String value, boolean permanent) {
        this.value = value;
        this.permanent = permanent;
    }

    /** The name written in {@code errors.jsonl} and the run summary. */
    @JsonValue
    public String value() {
        return value;
    }

    /** True when the same bytes with the same code fail the same way: not worth running again. */
    public boolean permanent() {
        return permanent;
    }
}
