package org.itaminer.ingest;

import org.itaminer.model.FailureKind;

/**
 * A document could not be read. Checked: a bad document is an expected event in a batch, reported
 * per file, never a reason to stop. Subclasses name the cause.
 */
public class IngestException extends Exception {

    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The cause, for error listings and for telling a permanent failure from one worth retrying. */
    public FailureKind kind() {
        return FailureKind.UNREADABLE;
    }

    /** The file has no bytes, or no text at all. */
    public static class EmptyDocumentException extends IngestException {
        private static final long serialVersionUID = 1L;

        public EmptyDocumentException(String message) {
            super(message);
        }

        @Override
        public FailureKind kind() {
            return FailureKind.EMPTY;
        }
    }

    /** The bytes are not a format itaminer reads (binary junk named .txt, an executable ...). */
    public static class UnsupportedFormatException extends IngestException {
        private static final long serialVersionUID = 1L;

        public UnsupportedFormatException(String message) {
            super(message);
        }

        @Override
        public FailureKind kind() {
            return FailureKind.UNSUPPORTED_FORMAT;
        }
    }

    /** Text whose character encoding could not be told. */
    public static class UnreadableEncodingException extends IngestException {
        private static final long serialVersionUID = 1L;

        public UnreadableEncodingException(String message) {
            super(message);
        }

        @Override
        public FailureKind kind() {
            return FailureKind.UNREADABLE_ENCODING;
        }
    }

    /** A document protected by a password we do not have. */
    public static class EncryptedDocumentException extends IngestException {
        private static final long serialVersionUID = 1L;

        public EncryptedDocumentException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public FailureKind kind() {
            return FailureKind.ENCRYPTED;
        }
    }

    /** A corrupt or truncated file of a known format. */
    public static class CorruptDocumentException extends IngestException {
        private static final long serialVersionUID = 1L;

        public CorruptDocumentException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public FailureKind kind() {
            return FailureKind.CORRUPT;
        }
    }

    /**
     * A document that needs more memory or work than one document may take: a decompression bomb (a few
     * hundred kilobytes that inflate to hundreds of megabytes) or a page drawing millions of characters.
     * It fails alone, before it takes the heap that documents on other threads need.
     */
    public static class TooLargeDocumentException extends IngestException {
        private static final long serialVersionUID = 1L;

        public TooLargeDocumentException(String message) {
            super(message);
        }

        public TooLargeDocumentException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public FailureKind kind() {
            return FailureKind.TOO_LARGE;
        }
    }

    /**
     * Pages that need OCR where OCR cannot run (Tesseract or its models missing). Not permanent: the same
     * file reads once the packages are installed.
     */
    public static class OcrUnavailableException extends IngestException {
        private static final long serialVersionUID = 1L;

        public OcrUnavailableException(String message) {
            super(message);
        }

        @Override
        public FailureKind kind() {
            return FailureKind.OCR_UNAVAILABLE;
        }
    }
}
