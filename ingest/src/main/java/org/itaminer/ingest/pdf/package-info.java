/**
 * Reads born-digital PDFs with PDFBox into the layout model. {@link org.itaminer.ingest.pdf.PdfReader}
 * is the entry; per page, {@code PageContentExtractor} is the only PDFBox-facing step (glyphs with Thai
 * marks attached to their bases, ruling lines). Tables are found apart from read, as in tabula: a
 * {@code TableDetector} gives regions ({@code RulingTableDetector}: crossing rulings;
 * {@code AlignedLineDetector}: runs of aligned lines) and a {@code TableExtractor} turns a region into an
 * optional table ({@code LatticeExtractor}, {@code StreamExtractor}); {@code PageLayoutBuilder} wires them.
 * {@link org.itaminer.ingest.pdf.StreamTables} is the one entry to stream tables, shared with OCR's word boxes.
 * {@code PageClassifier} marks pages for OCR, and {@link org.itaminer.ingest.pdf.ThaiTextLayerRepair} fixes
 * SARA AA/AM confusion. Thai character classes come from {@code org.itaminer.thai.ThaiChars};
 * character-level normalisation (private-use mapping, SARA AM composition) is left to extract.
 */
package org.itaminer.ingest.pdf;
