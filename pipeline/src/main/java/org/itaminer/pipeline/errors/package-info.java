/**
 * Failures kept in the workdir: {@code errors.jsonl} with each run's id ({@link org.itaminer.pipeline.errors.ErrorLog}),
 * and the permanent failures of some bytes under the ingest version, not tried again
 * ({@link org.itaminer.pipeline.errors.FailureMemory}).
 */
package org.itaminer.pipeline.errors;
