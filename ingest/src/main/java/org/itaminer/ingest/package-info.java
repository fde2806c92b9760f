/**
 * Ingest: reads a source file of any supported format into the {@link org.itaminer.model.layout layout model}.
 * {@link org.itaminer.ingest.Ingest} is the front door; format readers live in their own packages
 * ({@code text}, {@code pdf}, {@code office}) and the content-addressed store in {@code store}.
 */
package org.itaminer.ingest;
