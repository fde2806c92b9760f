package org.itaminer.pipeline.run;

/**
 * A run's totals.
 *
 * @param documents documents with a report
 * @param measures measures in those reports, all indexed
 * @param warnings warnings of those reports
 * @param failed documents without one
 * @param reused reports taken from the workdir without new work
 * @param retriedAlone documents run again alone after running out of memory beside others
 */
public record RunSummary(int documents, int measures, int warnings, int failed, int reused, int retriedAlone) {
}
