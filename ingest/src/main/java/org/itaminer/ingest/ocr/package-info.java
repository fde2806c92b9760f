/**
 * Optical character recognition of page images (การรู้จำอักขระด้วยแสง) into the layout model: scanned PDF pages
 * and image files come out as the same pages of paragraphs and tables as a text layer.
 *
 * <p>{@link org.itaminer.ingest.ocr.OcrEngine} is the seam to an engine; {@link org.itaminer.ingest.ocr.Tess4jEngine}
 * drives Tesseract 5 (Debian's {@code libtesseract} through Tess4J/JNA). Engines are not thread-safe, so
 * {@link org.itaminer.ingest.ocr.EnginePool} lends each to one thread at a time. {@link org.itaminer.ingest.ocr.LineText}
 * rebuilds Thai lines from symbol boxes (Tesseract's word level gives one "word" per Thai character),
 * {@link org.itaminer.ingest.ocr.OcrPageBuilder} turns a recognised page into paragraphs and ruled tables, and
 * {@link org.itaminer.ingest.ocr.Ocr} is the front door the PDF and image readers call.
 */
package org.itaminer.ingest.ocr;
