/**
 * The layout model: the one contract between ingest and extract. Every reader (the plain-text
 * table form, PDF text layers, OCR, office formats) produces a {@link org.itaminer.model.layout.LayoutDocument}:
 * pages of blocks, each block a {@link org.itaminer.model.layout.Paragraph} or a
 * {@link org.itaminer.model.layout.Table} of rows and cells. This package imports no format library.
 */
package org.itaminer.model.layout;
