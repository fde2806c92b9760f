/**
 * The records that cross the stages' seams, and nothing else: {@code model.layout} (ingest → extract),
 * {@code model.report} (extract → index and every front end), and {@link org.itaminer.model.Warning}, which both
 * carry. No logic beyond checking their own invariants.
 */
package org.itaminer.model;
