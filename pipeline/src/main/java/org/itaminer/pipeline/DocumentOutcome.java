package org.itaminer.pipeline;

import org.itaminer.model.report.Report;

/**
 * What happened to one input document in a run.
 *
 * @param input the input as given (path or address)
 * @param sha256 digest of its bytes; null when it could not even be read
 * @param report the report; null when the document failed
 * @param stage the stage that failed ("read", "ingest", "extract"); null on success
 * @param errorKind short cause ("encrypted", "empty" ...); null on success
 * @param message the cause in words; null on success
 * @param reused true when the report came from the workdir without new work
 */
public record DocumentOutcome(String input, String sha256, Report report, String stage, String errorKind,
                              String message, boolean reused) {

    public boolean ok() {
        return report != null;
    }

    public static DocumentOutcome failed(String input, String sha, String stage, String kind, String message) {
        return new DocumentOutcome(input, sha, null, stage, kind, message, false);
    }
}
