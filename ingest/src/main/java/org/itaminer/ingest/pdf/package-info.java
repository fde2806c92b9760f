/**
 * Reads born-digital PDFs with PDFBox into the layout model. {@link org.itaminer.ingest.pdf.PdfReader}
 * is the entry; per page, {@code PageContentExtractor} is the only PDFBox-facing step (glyphs with Thai
 * marks attached to their bases, ruling lines), after which {@code TableDetector} finds ruled regions,
 * {@code LatticeExtractor} and {@code StreamExtractor} turn them into tables, {@code PageClassifier}
 * marks pages for OCR, and {@link org.itaminer.ingest.pdf.ThaiTextLayerRepair} fixes SARA AA/AM confusion.
 * Character-level normalisation (private-use mapping, SARA AM composition) is left to extract.
 */
package org.itaminer.ingest.pdf;
