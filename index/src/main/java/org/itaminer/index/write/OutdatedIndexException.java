package org.itaminer.index.write;

/**
 * The index in a folder was built by another itaminer (another field layout, segmenter or theme rules) and cannot
 * be searched or added to; the message names the fix ({@code itaminer reindex}). A kind of its own so that
 * {@code run} can rebuild such an index and let every other failure through.
 */
public final class OutdatedIndexException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    OutdatedIndexException(String reason) {
        super(reason + "; rebuild it (itaminer reindex)");
        this.reason = reason;
    }

    /** What is wrong with the index, without the fix. */
    public String reason() {
        return reason;
    }
}
