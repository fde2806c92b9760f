package org.itaminer.ingest.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.slf4j.LoggerFactory;

/**
 * Tesseract 5 through Tess4J's JNA binding of its C API ({@code TessAPI}): the system's
 * {@code libtesseract} with the LSTM models of {@link OcrSettings#tessdata()}. One instance holds one
 * native {@code TessBaseAPI}, initialised once and reused page after page; not thread-safe.
 *
 * <p>For Thai, Tesseract's words are mostly single characters (tesseract issue 2702): each is kept with its
 * box, and with whether Tesseract's own line text has a space before it, from which {@link LineText}
 * rebuilds the printed words.
 */
public final class Tess4jEngine implements OcrEngine {

    /**
     * The interface binding, whose functions are looked up when first called: the direct binding
     * ({@code TessAPI1}) registers every function up front and fails on Debian 12's Tesseract 5.3, which
     * lacks {@code TessBaseAPIGetGradient} (newer than 5.3).
     */
    private static final TessAPI TESS = TessAPI.INSTANCE;

    private final TessBaseAPI api;
    private final String name;
    private final String datapath;
    private final int pageSegMode;
    /** Tesseract with the orientation model ({@code osd}), started on the first page that needs it. */
    private TessBaseAPI osd;
    private boolean osdMissing;
    private boolean closed;

    /**
     * @throws OcrException when the library cannot start with these models
     * @throws LinkageError when {@code libtesseract} is not installed
     */
    public Tess4jEngine(OcrSettings settings) throws OcrException {
        if (!settings.missingModels().isEmpty()) {
            throw new OcrException("missing Tesseract models " + settings.missingModels());
        }
        datapath = settings.tessdata().orElseThrow().toString();
        api = TESS.TessBaseAPICreate();
        // Tesseract's diagnostics ("Estimating resolution ...") would go to stderr, in the middle of the run's lines
        TESS.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        if (TESS.TessBaseAPIInit2(api, datapath, settings.language(), TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            TESS.TessBaseAPIDelete(api);
            throw new OcrException("Tesseract could not load " + settings.language() + " from " + datapath);
        }
        pageSegMode = settings.pageSegMode();
        TESS.TessBaseAPISetPageSegMode(api, pageSegMode);
        name = "tesseract " + TESS.TessVersion() + " " + settings.language();
    }

    @Override
    public RecognizedPage recognize(PageImage page, int mode) throws OcrException {
        if (mode == pageSegMode) {
            return recognize(page);
        }
        TESS.TessBaseAPISetPageSegMode(api, mode);
        try {
            return recognize(page);
        } finally {
            TESS.TessBaseAPISetPageSegMode(api, pageSegMode); // the pool lends this engine on for pages
        }
    }

    @Override
    public RecognizedPage recognize(PageImage page) throws OcrException {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        BufferedImage gray = gray(page.image());
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        try {
            TESS.TessBaseAPISetImage(api, buffer, w, h, 1, w);
            TESS.TessBaseAPISetSourceResolution(api, page.dpi());
            if (TESS.TessBaseAPIRecognize(api, null) != 0) {
                throw new OcrException("Tesseract failed to recognise the page image");
            }
            return new RecognizedPage(w, h, read(), name);
        } finally {
            TESS.TessBaseAPIClear(api);
        }
    }

    /**
     * Tesseract's orientation detection ({@code DetectOrientationScript} with {@code osd.traineddata}, page
     * segmentation mode 0). Trained mostly on Latin script, but measured here on Thai: right on all 103 upright
     * scans and on 48 seed pages turned 90°, 180° and 270°, about a second a page. Empty when the model is not
     * installed ({@code apt-get install tesseract-ocr-osd}) or the page has too little text.
     */
    @Override
    public Optional<Orientation> orientation(PageImage page) throws OcrException {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        if (osd == null && !osdMissing) {
            if (!Files.isRegularFile(Path.of(datapath, "osd.traineddata"))) {
                osdMissing = true;
                LoggerFactory.getLogger(Tess4jEngine.class).warn(
                        "no osd.traineddata in {}: pages turned a quarter are read as they lie (apt-get install tesseract-ocr-osd)",
                        datapath);
            } else {
                TessBaseAPI made = TESS.TessBaseAPICreate();
                TESS.TessBaseAPISetVariable(made, "debug_file", "/dev/null");
                if (TESS.TessBaseAPIInit2(made, datapath, "osd", TessOcrEngineMode.OEM_DEFAULT) != 0) {
                    TESS.TessBaseAPIDelete(made);
                    osdMissing = true;
                } else {
                    TESS.TessBaseAPISetPageSegMode(made, TessPageSegMode.PSM_OSD_ONLY);
                    osd = made;
                }
            }
        }
        if (osd == null) {
            return Optional.empty();
        }
        BufferedImage gray = gray(page.image());
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        try {
            TESS.TessBaseAPISetImage(osd, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
            TESS.TessBaseAPISetSourceResolution(osd, page.dpi());
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            if (TESS.TessBaseAPIDetectOrientationScript(osd, degrees, confidence, script, scriptConfidence) == 0) {
                return Optional.empty(); // too few characters to go by
            }
            int turned = Math.floorMod(degrees.get(0), 360);
            return turned % 90 == 0 ? Optional.of(new Orientation(turned, Math.max(0, confidence.get(0))))
                    : Optional.empty();
        } finally {
            TESS.TessBaseAPIClear(osd);
        }
    }

    /**
     * Walks the result word by word, opening a paragraph and a line where Tesseract begins one. Whether a
     * word has a space before it is read from Tesseract's own text of the line (what its plain-text output
     * prints), because for Thai its word boundaries are character boundaries, not spaces.
     */
    private List<List<List<Symbol>>> read() {
        List<List<List<Symbol>>> paragraphs = new ArrayList<>();
        TessResultIterator ri = TESS.TessBaseAPIGetIterator(api);
        if (ri == null) {
            return paragraphs;
        }
        try {
            TessPageIterator pi = TESS.TessResultIteratorGetPageIterator(ri);
            TESS.TessPageIteratorBegin(pi);
            int level = TessPageIteratorLevel.RIL_WORD;
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            List<List<Symbol>> paragraph = null;
            List<Symbol> line = null;
            String lineText = "";
            int cursor = 0;
            do {
                boolean newParagraph = paragraph == null
                        || TESS.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_PARA) != 0;
                boolean newLine = newParagraph || line == null
                        || TESS.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0;
                if (newLine) {
                    lineText = text(ri, TessPageIteratorLevel.RIL_TEXTLINE);
                    cursor = 0;
                }
                String word = text(ri, level).strip();
                if (word.isEmpty()) {
                    continue;
                }
                if (newParagraph) {
                    paragraph = new ArrayList<>();
                    paragraphs.add(paragraph);
                }
                if (newLine || line == null) {
                    line = new ArrayList<>();
                    paragraph.add(line);
                }
                int at = lineText.indexOf(word, cursor);
                boolean spaceBefore = !line.isEmpty() && (at < 0 || lineText.substring(cursor, at).isBlank() && at > cursor);
                if (at >= 0) {
                    cursor = at + word.length();
                }
                TESS.TessPageIteratorBoundingBox(pi, level, left, top, right, bottom);
                float confidence = TESS.TessResultIteratorConfidence(ri, level);
                line.add(new Symbol(word, new Box(left.get(0), top.get(0), Math.max(left.get(0), right.get(0)),
                        Math.max(top.get(0), bottom.get(0))), Math.max(0f, Math.min(100f, confidence)), spaceBefore));
            } while (TESS.TessResultIteratorNext(ri, level) != 0);
        } finally {
            TESS.TessResultIteratorDelete(ri);
        }
        return paragraphs;
    }

    private static String text(TessResultIterator ri, int level) {
        Pointer text = TESS.TessResultIteratorGetUTF8Text(ri, level);
        if (text == null) {
            return "";
        }
        try {
            return text.getString(0, "UTF-8");
        } finally {
            TESS.TessDeleteText(text);
        }
    }

    /** The image as 8-bit gray, the form Tesseract binarises itself (a copy only when it is not already). */
    static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight()); // transparent pixels read as paper, not ink
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            TESS.TessBaseAPIEnd(api);
            TESS.TessBaseAPIDelete(api);
            if (osd != null) {
                TESS.TessBaseAPIEnd(osd);
                TESS.TessBaseAPIDelete(osd);
            }
        }
    }
}
