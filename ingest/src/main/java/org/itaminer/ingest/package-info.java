/**
 * Ingest: reads a source file of any supported format into the {@link org.itaminer.model.layout layout model}.
 * {@link org.itaminer.ingest.Ingest} is the front door: it detects the {@link org.itaminer.ingest.Format} from
 * the content and hands the file to the {@link org.itaminer.ingest.DocumentReader} for it. Readers live in
 * their own packages ({@code text}, {@code pdf}, {@code office}, {@code rtf}), declare the formats they take and
 * are found through {@code META-INF/services/org.itaminer.ingest.DocumentReader}
 * ({@link org.itaminer.ingest.ReaderRegistry}).
 */
package org.itaminer.ingest;
