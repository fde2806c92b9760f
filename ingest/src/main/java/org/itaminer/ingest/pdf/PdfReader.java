package org.itaminer.ingest.pdf;

import org.itaminer.model.Warning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.IngestException;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.text.ControlCharacters;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;
import org.itaminer.model.layout.TextSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a born-digital PDF's text layer into the layout model with PDFBox: per page, glyphs with
 * positions and ruling lines, ruled (lattice) and unruled (stream) tables, paragraphs, and a verdict on
 * whether the text layer is usable or the page needs OCR. Pages are processed one at a time with a
 * temp-file-backed stream cache, so long documents stay within bounded memory.
 */
public final class PdfReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);

    private final boolean repairThai;
    private final StreamLimits limits;
    /** OCR for pages without a usable text layer; null when this reader reads text layers only. */
    private final Supplier<Ocr> ocr;

    /** The standard reader: text layers, and OCR ({@link Ocr#shared()}) for the pages that have none. */
    public PdfReader() {
        this(true, StreamLimits.DEFAULT, Ocr::shared);
    }

    /**
     * A reader of text layers only: pages without one are marked for OCR and left empty.
     *
     * @param repairThai whether to run the dictionary repair of SARA AA / SARA AM confusion
     */
    public PdfReader(boolean repairThai) {
        this(repairThai, StreamLimits.DEFAULT);
    }

    /**
     * A reader of text layers only.
     *
     * @param repairThai whether to run the dictionary repair of SARA AA / SARA AM confusion
     * @param limits how much one document may make PDFBox decode
     */
    public PdfReader(boolean repairThai, StreamLimits limits) {
        this(repairThai, limits, null);
    }

    /**
     * @param repairThai whether to run the dictionary repair of SARA AA / SARA AM confusion
     * @param limits how much one document may make PDFBox decode
     * @param ocr the OCR for pages without a usable text layer (asked for on the first such page); null for none
     */
    public PdfReader(boolean repairThai, StreamLimits limits, Supplier<Ocr> ocr) {
        this.repairThai = repairThai;
        this.limits = limits;
        this.ocr = ocr;
    }

    /** This reader with {@code ocr} for its scanned pages; a reader of text layers only stays one. */
    @Override
    public PdfReader withOcr(Ocr ocr) {
        return this.ocr == null ? this : new PdfReader(repairThai, limits, () -> ocr);
    }

    /** A reader of text layers only, with the standard repair and limits (for tests of text-layer reading). */
    public static PdfReader textLayerOnly() {
        return new PdfReader(true);
    }

    @Override
    public java.util.Set<org.itaminer.ingest.Format> formats() {
        return java.util.Set.of(org.itaminer.ingest.Format.PDF);
    }

    @Override
    public LayoutDocument read(Path file) throws IngestException {
        List<Page> pages = new ArrayList<>();
        List<Warning> warnings = stream(file, pages::add);
        long recognised = pages.stream().filter(p -> p.recognition().recognised()).count();
        TextSource source = recognised == 0 ? TextSource.PDF_TEXT
                : recognised == pages.size() ? TextSource.OCR : TextSource.MIXED;
        return new LayoutDocument("application/pdf", source, pages, warnings);
    }

    /**
     * Reads the PDF one page at a time and hands each page to {@code sink} as soon as it is built; the
     * reader keeps nothing of a page after that (the file is read through a buffered random-access file
     * and PDFBox's stream cache lives in a temp file), so a caller that writes pages out reads a
     * document of any length in bounded memory. Before the pages, {@link PdfDamage} looks for what the
     * file lost and counts its decoded streams against the {@link StreamLimits}.
     *
     * @return the document-level warnings (pages that need OCR or could not be read, damage)
     * @throws IngestException.CorruptDocumentException when the file lost its text or a large part of itself
     * @throws IngestException.TooLargeDocumentException when it decodes to more than the limits allow
     */
    public List<Warning> stream(Path file, Consumer<Page> sink) throws IngestException {
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new IngestException.EncryptedDocumentException("the PDF needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException.CorruptDocumentException("not a readable PDF: " + e.getMessage(), e);
        }
        try (document) {
            document.setResourceCache(new DocumentResourceCache());
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new IngestException.CorruptDocumentException("the PDF has no pages", null);
            }
            PdfDamage damage = PdfDamage.inspect(file, document, limits);
            ThaiTextLayerRepair repair = repairThai ? ThaiTextLayerRepair.shared() : null;
            ThaiTextLayerRepair.Memo memo = new ThaiTextLayerRepair.Memo();
            List<Warning> warnings = new ArrayList<>();
            List<Integer> ocrPages = new ArrayList<>();
            DamageVerdict verdict = new DamageVerdict(damage, pageCount);
            // pages go to the sink in order; pages read by OCR may be read side by side, a few at a time
            ArrayDeque<PendingPage> pending = new ArrayDeque<>();
            try (ScannedPages scans = new ScannedPages(document, ocr)) {
                for (int i = 0; i < pageCount; i++) {
                    Page page;
                    try {
                        page = readPage(document, i, repair, memo, damage, scans);
                    } catch (PageContentExtractor.TooManyGlyphs e) {
                        throw new IngestException.TooLargeDocumentException("page " + (i + 1) + ": " + e.getMessage()
                                + " (the limit is " + limits.maxGlyphsPerPage() + ")", e);
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("page {} unreadable", i + 1, e);
                        verdict.failed(i + 1);
                        warnings.add(Warning.onPage(Warning.Kind.NEEDS_OCR, i + 1,
                                "page " + (i + 1) + ": text layer unreadable (" + e.getMessage() + "), needs OCR"));
                        page = new Page(i + 1, List.of(),
                                new TextLayer(TextLayer.Quality.GARBAGE, "text layer unreadable: " + e.getMessage()));
                    }
                    verdict.read(page);
                    if (page.textLayer().needsOcr()) {
                        pending.add(new PendingPage(scans.submit(page), true));
                    } else {
                        pending.add(new PendingPage(CompletableFuture.completedFuture(page), false));
                    }
                    while (!pending.isEmpty() && (pending.peek().page().isDone() || pending.size() > scans.window())) {
                        deliver(pending.poll(), ocrPages, sink);
                    }
                }
                while (!pending.isEmpty()) {
                    deliver(pending.poll(), ocrPages, sink);
                }
                verdict.check();
                scans.check(ocrPages.size() == pageCount);
            }
            if (ocrPages.size() == pageCount) {
                warnings.add(0, Warning.of(Warning.Kind.NEEDS_OCR,
                        "no page has a usable text layer (all " + pageCount + " pages need OCR)"));
            } else if (!ocrPages.isEmpty()) {
                warnings.add(0, Warning.of(Warning.Kind.NEEDS_OCR, ocrPages.size() + " of " + pageCount + " pages need OCR: " + ocrPages));
            }
            verdict.warning().ifPresent(w -> warnings.add(0, w));
            return warnings;
        } catch (IOException e) {
            throw new IngestException.CorruptDocumentException("cannot close the PDF: " + e.getMessage(), e);
        }
    }

    /** A page on its way to the sink: read already, or being read by OCR. */
    private record PendingPage(Future<Page> page, boolean ocr) {
    }

    private static void deliver(PendingPage pending, List<Integer> ocrPages, Consumer<Page> sink) throws IngestException {
        Page page;
        try {
            page = pending.page().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException.CorruptDocumentException("interrupted while pages were read by OCR", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an OCR page task failed", e.getCause()); // submit() catches all it can
        }
        if (pending.ocr() && !page.readable()) {
            ocrPages.add(page.number());
        }
        sink.accept(ControlCharacters.clean(page));
    }

    private Page readPage(PDDocument document, int index, ThaiTextLayerRepair repair, ThaiTextLayerRepair.Memo memo,
                          PdfDamage damage, ScannedPages scans)
            throws IOException {
        if (damage.contentBroken(document.getPage(index))) {
            // a content stream that stops in the middle gives part of a page, or noise: read it by OCR
            return new Page(index + 1, List.of(), new TextLayer(TextLayer.Quality.GARBAGE,
                    DamageVerdict.BROKEN_CONTENT));
        }
        PageContent content = PageContentExtractor.extract(document, index, limits.maxGlyphsPerPage());
        TextLayer quality = PageClassifier.classify(content);
        if (quality.needsOcr()) {
            scans.content(index + 1, content);
            return new Page(index + 1, List.of(), quality);
        }
        List<Block> blocks = PageLayoutBuilder.build(content);
        if (repair != null) {
            ThaiTextLayerRepair.Repaired repaired = repair.repairPage(blocks, memo);
            if (LOG.isDebugEnabled()) {
                LOG.debug(String.format(Locale.ROOT, "page %d: %s", index + 1, repaired.outcome()));
            }
            blocks = repaired.blocks();
        }
        return new Page(index + 1, blocks, quality);
    }
}
