package org.itaminer.ingest.ocr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of OCR for the readers: a page image in, a layout page out, with the engines of one
 * bounded {@link EnginePool}. Whether OCR can run at all is found out once, on first need (a scanned
 * page), so that text-layer documents never load the native library.
 */
public final class Ocr {

    /** What to install on Debian or Ubuntu; the one line a user reads when a scan cannot be read. */
    public static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-eng";

    private static final Logger LOG = LoggerFactory.getLogger(Ocr.class);

    private static volatile Ocr shared;

    private final OcrSettings settings;
    private final EnginePool pool;
    private volatile Optional<String> unavailable;
    private final boolean reReadDigits;
    private volatile OcrCache cache = OcrCache.NONE;
    private final AtomicLong pagesRead = new AtomicLong();
    private final AtomicLong pagesFromCache = new AtomicLong();
    private final AtomicLong cellsRead = new AtomicLong();
    private final AtomicLong cellsFromCache = new AtomicLong();
    /** How many garbled table cells of a page are read again on their own ({@code itaminer.ocr.cells}; 0: none). */
    private final int cellsPerPage = Integer.getInteger("itaminer.ocr.cells", 12);
    private final Straightener straightener = new Straightener(this::orientation);

    /**
     * Pages this OCR has read since it was made: by the engine, and from the {@link OcrCache}; and table cells read
     * again on their own ({@link CellReread}), the same two ways.
     *
     * @param read pages the engine recognised
     * @param fromCache pages whose result came from the cache
     * @param cellsRead cells the engine recognised
     * @param cellsFromCache cells whose result came from the cache
     */
    public record Counts(long read, long fromCache, long cellsRead, long cellsFromCache) {

        /** Pages only, no cell read again. */
        public Counts(long read, long fromCache) {
            this(read, fromCache, 0, 0);
        }

        /** What happened between an earlier count and this one. */
        public Counts since(Counts before) {
            return new Counts(read - before.read, fromCache - before.fromCache, cellsRead - before.cellsRead,
                    cellsFromCache - before.cellsFromCache);
        }
    }

    public Ocr(OcrSettings settings, EnginePool.Factory factory) {
        this(settings, factory, true);
    }

    /**
     * @param reReadDigits whether Thai digits are read again from the image (see {@link PageDigits}); off only
     *     to measure what the engine alone reads
     */
    public Ocr(OcrSettings settings, EnginePool.Factory factory, boolean reReadDigits) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pool = new EnginePool(factory, settings.engines());
        this.reReadDigits = reReadDigits;
    }

    /** Tesseract with {@link OcrSettings#fromEnvironment()}, a pool of its own, digits read again or not. */
    public static Ocr tesseract(boolean reReadDigits) {
        OcrSettings settings = OcrSettings.fromEnvironment();
        return new Ocr(settings, () -> new Tess4jEngine(settings), reReadDigits);
    }

    /** Tesseract with {@link OcrSettings#fromEnvironment()}, shared by every reader of this JVM. */
    public static Ocr shared() {
        Ocr ocr = shared;
        if (ocr == null) {
            synchronized (Ocr.class) {
                ocr = shared;
                if (ocr == null) {
                    OcrSettings settings = OcrSettings.fromEnvironment();
                    ocr = new Ocr(settings, () -> new Tess4jEngine(settings));
                    shared = ocr;
                }
            }
        }
        return ocr;
    }

    public OcrSettings settings() {
        return settings;
    }

    /** Keeps what the engine reads in {@code cache} and looks there first (the pipeline gives its workdir's). */
    public void useCache(OcrCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    public Counts counts() {
        return new Counts(pagesRead.get(), pagesFromCache.get(), cellsRead.get(), cellsFromCache.get());
    }

    /**
     * Why OCR cannot run here, or empty when it can: the models are looked for and one engine is started
     * (and kept in the pool) the first time this is asked.
     */
    public Optional<String> unavailable() {
        Optional<String> known = unavailable;
        if (known == null) {
            synchronized (this) {
                known = unavailable;
                if (known == null) {
                    known = probe();
                    unavailable = known;
                }
            }
        }
        return known;
    }

    private Optional<String> probe() {
        List<String> missing = settings.missingModels();
        if (!missing.isEmpty()) {
            return Optional.of("the Tesseract model" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (settings.tessdata().map(d -> " (not in " + d + ")").orElse(" (no tessdata folder found)"))
                    + " missing");
        }
        try {
            pool.with(engine -> null);
            // accuracy was measured on the pinned models: another one works, but is named
            OcrModels.unpinned(settings).forEach(m -> LOG.warn("OCR model: {}", m));
            return Optional.empty();
        } catch (LinkageError e) {
            LOG.debug("libtesseract not loadable", e);
            return Optional.of("the Tesseract library (libtesseract) is not installed");
        } catch (OcrException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while starting Tesseract");
        }
    }

    /** The sentence for a document that needs OCR here where it cannot run. */
    public String cannotRun(String what) {
        return what + " but OCR cannot run: " + unavailable().orElse("unknown cause") + "; install it with: " + INSTALL;
    }

    /**
     * Reads one page image into a layout page: paragraphs, and ruled tables found in the image. The image is first
     * made upright and level ({@link Straightener}); what was done is in the page's {@link
     * org.itaminer.model.layout.Recognition#rotation()} and {@link org.itaminer.model.layout.Recognition#skew()}.
     *
     * @param number the page's number
     * @param image the page as an image
     * @param why the text layer's verdict that sent the page to OCR
     */
    public Page read(int number, PageImage image, TextLayer why) throws OcrException {
        Straightener.Straightened upright = straightener.straighten(image);
        RecognizedPage recognized = recognize(upright);
        if (Straightener.mayBeUpsideDown(recognized)) {
            Optional<Straightener.Straightened> turned = straightener.upsideDown(upright);
            if (turned.isPresent()) {
                RecognizedPage again = recognize(turned.get());
                if (Straightener.meanConfidence(again) > Straightener.meanConfidence(recognized)) {
                    upright = turned.get();
                    recognized = again;
                }
            }
        }
        image = upright.image();
        RulingFinder.Found rulings = upright.rulings();
        PageImage clean = new PageImage(rulings.withoutRulings(), image.dpi());
        int slack = Math.max(6, image.dpi() / 15); // under 2 mm: a scan a little askew ends its lines short of each other
        List<CellGrid> grids = CellGrid.find(rulings.lines(), slack);
        recognized = CellReread.reread(recognized, clean, grids, cellsPerPage, this::recognizeCell);
        // after the cells read again: their Thai digits need reading again as much as the page's
        PageDigits.Outcome digits = (reReadDigits ? PageDigits.shared() : PageDigits.OFF).recover(clean.image(), recognized);
        recognized = digits.page();
        Page page = OcrPageBuilder.build(number, recognized, grids, why, digits.doubts());
        if (upright.rotation() == 0 && upright.skew() == 0) {
            return page;
        }
        return page.withRecognition(page.recognition().straightened(upright.rotation(), upright.skew()));
    }

    /** What the engine reads from a straightened page without its rulings, from the cache when it was read before. */
    private RecognizedPage recognize(Straightener.Straightened upright) throws OcrException {
        PageImage clean = new PageImage(upright.rulings().withoutRulings(), upright.image().dpi());
        return read(clean, settings, pagesRead, pagesFromCache);
    }

    /** A cropped table cell read as one block of text, from the cache when it was read before. */
    private RecognizedPage recognizeCell(PageImage cell) throws OcrException {
        OcrSettings singleBlock = new OcrSettings(settings.language(), settings.tessdata(), CellReread.SINGLE_BLOCK,
                settings.engines());
        return read(cell, singleBlock, cellsRead, cellsFromCache);
    }

    /** An image read in {@code as}'s page segmentation mode, from the cache when it was read before, counted. */
    private RecognizedPage read(PageImage image, OcrSettings as, AtomicLong read, AtomicLong fromCache)
            throws OcrException {
        OcrCache kept = cache;
        String key = kept == OcrCache.NONE ? "" : OcrCache.key(image, as);
        Optional<RecognizedPage> cached = kept.get(key);
        if (cached.isPresent()) {
            fromCache.incrementAndGet();
            return cached.get();
        }
        RecognizedPage recognized;
        try {
            recognized = pool.with(engine -> engine.recognize(image, as.pageSegMode()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted while waiting for an OCR engine", e);
        }
        read.incrementAndGet();
        kept.put(key, recognized);
        return recognized;
    }

    /** Which way up a page stands, by an engine of the pool (Tesseract's OSD). */
    private Optional<Orientation> orientation(PageImage page) throws OcrException {
        try {
            return pool.with(engine -> engine.orientation(page));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted while waiting for an OCR engine", e);
        }
    }
}
