package org.itaminer.ingest;

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

    /** A short machine-readable name of the cause, for error listings ("encrypted", "empty" ...). */
    public String kind() {
        return "unreadable";
    }

    /** The file has no bytes, or no text at all. */
    public static class EmptyDocumentException extends IngestException {
        private static final long serialVersionUID = 1L;

        public EmptyDocumentException(String message) {
            super(message);
        }

        @Override
        public String kind() {
            return "empty";
        }
    }

    /** The bytes are not a format itaminer reads (binary junk named .txt, an executable ...). */
    public static class UnsupportedFormatException extends IngestException {
        private static final long serialVersionUID = 1L;

        public UnsupportedFormatException(String message) {
            super(message);
        }

        @Override
        public String kind() {
            return "unsupported-format";
        }
    }

    /** Text whose character encoding could not be told. */
    public static class UnreadableEncodingException extends IngestException {
        private static final long serialVersionUID = 1L;

        public UnreadableEncodingException(String message) {
            super(message);
        }

        @Override
        public String kind() {
            return "unreadable-encoding";
        }
    }

    /** A document protected by a password we do not have. */
    public static class EncryptedDocumentException extends IngestException {
        private static final long serialVersionUID = 1L;

        public EncryptedDocumentException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String kind() {
            return "encrypted";
        }
    }

    /** A corrupt or truncated file of a known format. */
    public static class CorruptDocumentException extends IngestException {
        private static final long serialVersionUID = 1L;

        public CorruptDocumentException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String kind() {
            return "corrupt";
        }
    }
}
