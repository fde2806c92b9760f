package org.itaminer.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.itaminer.thai.ThaiChars;

/**
 * Reads one PDF page into a {@link PageContent}: every glyph with its position (Thai marks attached
 * to their base character) and the ruling lines, both turned so the page's dominant text direction
 * runs left to right, in one pass over the content stream. With {@link PathOperators} and
 * {@link RulingCollector}, the only code of the table pipeline that touches PDFBox.
 */
final class PageContentExtractor {

    /** Raw glyph in PDF user space (crop-box relative). */
    private record RawGlyph(String text, double ox, double oy, int angle, double width, double size,
                            int seq, boolean invisible) {
    }

    private PageContentExtractor() {
    }

    static PageContent extract(PDDocument document, int pageIndex) throws IOException {
        return extract(document, pageIndex, Integer.MAX_VALUE);
    }

    /** @throws TooManyGlyphs when the page draws more than {@code maxGlyphs} characters */
    static PageContent extract(PDDocument document, int pageIndex, int maxGlyphs) throws IOException {
        PDPage page = document.getPage(pageIndex);
        PDRectangle crop = page.getCropBox();
        // one pass over the content stream gives both the glyphs and the ruling lines
        RulingCollector rulingCollector = new RulingCollector();
        GlyphCollector glyphCollector = new GlyphCollector(rulingCollector, maxGlyphs, page);
        glyphCollector.writeText(document, Writer.nullWriter());
        List<RawGlyph> raw = glyphCollector.glyphs;

        // the dominant text direction decides the reading orientation (covers /Rotate and turned text)
        int[] angleCounts = new int[4];
        for (RawGlyph g : raw) {
            angleCounts[g.angle / 90]++;
        }
        int dominant = 0;
        for (int i = 1; i < 4; i++) {
            if (angleCounts[i] > angleCounts[dominant]) {
                dominant = i;
            }
        }
        int rotation = dominant * 90;
        double cos = Math.round(Math.cos(Math.toRadians(rotation)));
        double sin = Math.round(Math.sin(Math.toRadians(rotation)));
        double cw = crop.getWidth();
        double ch = crop.getHeight();
        double[][] corners = {{0, 0}, {cw, 0}, {0, ch}, {cw, ch}};
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] c : corners) {
            double rx = c[0] * cos + c[1] * sin;
            double ry = c[0] * sin - c[1] * cos;
            minX = Math.min(minX, rx);
            minY = Math.min(minY, ry);
            maxX = Math.max(maxX, rx);
            maxY = Math.max(maxY, ry);
        }
        final double offX = minX;
        final double offY = minY;

        List<Glyph> glyphs = new ArrayList<>(raw.size());
        int invisible = 0;
        int counted = 0;
        for (RawGlyph g : raw) {
            if (g.angle != rotation) {
                continue; // text in another direction (a turned label) is left out of the layout
            }
            double rx = g.ox * cos + g.oy * sin - offX;
            double ry = g.ox * sin - g.oy * cos - offY;
            boolean space = g.text.isBlank();
            glyphs.add(new Glyph(g.text, rx, ry, g.width, g.size, g.seq, space));
            if (!space) {
                counted++;
                if (g.invisible) {
                    invisible++;
                }
            }
        }
        glyphs = attachMarks(dedupe(zeroWidthSpaces(glyphs)));

        double x0 = crop.getLowerLeftX();
        double y0 = crop.getLowerLeftY();
        List<Ruling> rulings = new ArrayList<>();
        for (double[] s : rulingCollector.segments) {
            double ax = s[0] - x0;
            double ay = s[1] - y0;
            double bx = s[2] - x0;
            double by = s[3] - y0;
            Ruling r = Ruling.of(ax * cos + ay * sin - offX, ax * sin - ay * cos - offY,
                    bx * cos + by * sin - offX, bx * sin - by * cos - offY, 2.0);
            if (r != null) {
                rulings.add(r);
            }
        }
        rulings = Ruling.merge(rulings, 1.5, 3.0);
        double pageArea = cw * ch;
        double imageCoverage = pageArea <= 0 ? 0 : Math.min(1.0, glyphCollector.imageArea / pageArea);
        return new PageContent(pageIndex + 1, maxX - minX, maxY - minY, glyphs, rulings,
                counted == 0 ? 0 : invisible / (double) counted, rotation, imageCoverage);
    }

    /**
     * A "space" of zero width is no space. Word exports of Thai SARA AM draw it as a NIKHAHIT glyph whose
     * broken ToUnicode entry says U+0020, followed by SARA AA at the same x ("ส านักงาน" for "สำนักงาน"):
     * that glyph becomes the NIKHAHIT it is (extract composes NIKHAHIT + SARA AA into SARA AM). Other
     * zero-width spaces are dropped so they cannot split a word.
     */
    static List<Glyph> zeroWidthSpaces(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (!g.space() || g.width() > 0.05 * g.size()) {
                out.add(g);
                continue;
            }
            Glyph next = i + 1 < glyphs.size() ? glyphs.get(i + 1) : null;
            if (next != null && next.text().equals(String.valueOf(ThaiChars.SARA_AA)) && Math.abs(next.x() - g.x()) < 0.15 * g.size()
                    && Math.abs(next.baseline() - g.baseline()) < 0.3 * g.size()) {
                out.add(new Glyph(String.valueOf(ThaiChars.NIKHAHIT), g.x(), g.baseline(), 0, g.size(), g.seq(), false));
            }
        }
        return out;
    }

    /** A glyph's text on a baseline rounded to the unit: where to look for the same glyph drawn twice. */
    private record DrawnAt(String text, long baseline) {
        /**
         * The record's own hash (31·text + baseline) puts a Thai glyph one code point up and 31 units higher in
         * the same bin, so a page's bins filled up into trees; the baseline is spread over the bits instead.
         */
        @Override
        public int hashCode() {
            return text.hashCode() ^ Long.hashCode(baseline * 0x9E3779B97F4A7C15L);
        }
    }

    /** Drops glyphs drawn twice at (almost) the same place, as fake-bold text is. */
    static List<Glyph> dedupe(List<Glyph> glyphs) {
        Map<DrawnAt, List<Glyph>> seen = new HashMap<>();
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (g.space()) {
                out.add(g);
                continue;
            }
            List<Glyph> same = seen.computeIfAbsent(new DrawnAt(g.text(), Math.round(g.baseline())), k -> new ArrayList<>(1));
            boolean duplicate = false;
            double tol = Math.max(0.5, g.width() / 3);
            for (Glyph o : same) {
                if (Math.abs(o.x() - g.x()) < tol && Math.abs(o.baseline() - g.baseline()) < 1.0) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                same.add(g);
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Attaches every combining mark (its own glyph in the PDF) to the base character it sits on, so
     * that no later step can put a space before it. The base is the one before it in the content
     * stream when that one is close; otherwise the nearest base under or over it.
     */
    static List<Glyph> attachMarks(List<Glyph> glyphs) {
        List<Glyph> bases = new ArrayList<>();
        List<Glyph> marks = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.space() && combining(g.text())) {
                marks.add(g);
            } else {
                bases.add(g);
            }
        }
        if (marks.isEmpty()) {
            return glyphs;
        }
        // bases are in stream order already (glyphs are)
        int[] seqs = bases.stream().mapToInt(Glyph::seq).toArray();
        List<List<Glyph>> attached = new ArrayList<>(bases.size());
        for (int i = 0; i < bases.size(); i++) {
            attached.add(null);
        }
        List<Glyph> orphans = new ArrayList<>();
        for (Glyph m : marks) {
            int idx = Arrays.binarySearch(seqs, m.seq());
            int prev = idx >= 0 ? idx : -idx - 2;
            int chosen = -1;
            if (prev >= 0 && near(bases.get(prev), m)) {
                chosen = prev;
            } else {
                double best = Double.MAX_VALUE;
                for (int i = 0; i < bases.size(); i++) {
                    Glyph b = bases.get(i);
                    if (b.space() || Math.abs(b.baseline() - m.baseline()) > Math.max(b.size(), m.size())) {
                        continue;
                    }
                    double d = distanceX(b, m);
                    if (d < best) {
                        best = d;
                        chosen = i;
                    }
                }
                if (chosen >= 0 && best > Math.max(bases.get(chosen).size(), m.size()) * 0.6) {
                    chosen = -1;
                }
            }
            if (chosen < 0) {
                orphans.add(m);
            } else {
                if (attached.get(chosen) == null) {
                    attached.set(chosen, new ArrayList<>(2));
                }
                attached.get(chosen).add(m);
            }
        }
        List<Glyph> out = new ArrayList<>(bases.size() + orphans.size());
        for (int i = 0; i < bases.size(); i++) {
            Glyph b = bases.get(i);
            List<Glyph> ms = attached.get(i);
            if (ms == null) {
                out.add(b);
            } else {
                ms.sort(Comparator.comparingInt(g -> ThaiChars.markRank(g.text().codePointAt(0))));
                StringBuilder sb = new StringBuilder(b.text());
                ms.forEach(g -> sb.append(g.text()));
                out.add(b.withText(sb.toString()));
            }
        }
        out.addAll(orphans);
        out.sort(Comparator.comparingInt(Glyph::seq));
        return out;
    }

    /** {@link ThaiChars#isCombiningGlyph(String)}, without a stream for the usual glyph of one character. */
    private static boolean combining(String text) {
        return text.length() == 1 ? ThaiChars.isCombiningGlyph(text.charAt(0)) : ThaiChars.isCombiningGlyph(text);
    }

    private static boolean near(Glyph base, Glyph mark) {
        if (base.space()) {
            return false;
        }
        double size = Math.max(base.size(), mark.size());
        return Math.abs(base.baseline() - mark.baseline()) <= size && distanceX(base, mark) <= size * 0.6;
    }

    /** Horizontal distance from the mark's centre to the base's extent (0 when over it). */
    private static double distanceX(Glyph base, Glyph mark) {
        double c = mark.centreX();
        if (c < base.x()) {
            return base.x() - c;
        }
        if (c > base.right()) {
            return c - base.right();
        }
        return 0;
    }

    /** Collects glyph positions instead of writing text; positions, not PDFBox's spacing, decide words. */
    private static final class GlyphCollector extends PDFTextStripper {
        final List<RawGlyph> glyphs = new ArrayList<>();
        /** Area (user space units squared) of the images drawn on the page. */
        double imageArea;

        private int seq;
        private final int maxGlyphs;
        private final PDPage page;

        GlyphCollector(RulingCollector rulings, int maxGlyphs, PDPage page) {
            this.maxGlyphs = maxGlyphs;
            this.page = page;
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(false);
            PathOperators.register(this, rulings);
        }

        /**
         * Only the collector's own page. The stripper's loop walks the whole page tree to find the pages in its
         * range, which made reading a document page by page quadratic in its pages.
         */
        @Override
        protected void processPages(PDPageTree pages) throws IOException {
            if (page.hasContents()) {
                // the stripper's range check compares its page counter, which only its own loop moves
                setStartPage(getCurrentPageNo());
                setEndPage(getCurrentPageNo());
                processPage(page);
            }
        }

        /**
         * Images are drawn into the unit square mapped by the current transformation matrix, so the
         * matrix's determinant is the image's area on the page. A text stripper otherwise ignores them;
         * the page classifier needs them to tell a scan with a stamped page number from a short page.
         */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            String name = operator.getName();
            if ("BI".equals(name)) {
                imageArea += unitSquareArea();
            } else if ("Do".equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
                PDResources resources = getResources();
                if (resources != null && resources.isImageXObject(xobject)) {
                    imageArea += unitSquareArea();
                }
            }
            super.processOperator(operator, operands);
        }

        private double unitSquareArea() {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            return Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY());
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String unicode = text.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                return;
            }
            Matrix m = text.getTextMatrix();
            double a = m.getScaleX();
            double b = m.getShearY();
            double c = m.getShearX();
            double d = m.getScaleY();
            double angle = Math.toDegrees(Math.atan2(b, a));
            int quadrant = (int) Math.round(angle / 90.0);
            quadrant = ((quadrant % 4) + 4) % 4;
            double size = Math.hypot(c, d);
            if (size <= 0 || Double.isNaN(size)) {
                size = Math.max(1, text.getHeightDir());
            }
            boolean invisible = false;
            try {
                invisible = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER;
            } catch (RuntimeException e) {
                // keep visible
            }
            if (glyphs.size() >= maxGlyphs) {
                // a content stream that draws millions of characters would fill the heap with them
                throw new TooManyGlyphs(maxGlyphs);
            }
            glyphs.add(new RawGlyph(unicode, m.getTranslateX(), m.getTranslateY(), quadrant * 90,
                    Math.abs(text.getWidthDirAdj()), size, seq++, invisible));
        }
    }

    /** A page draws more characters than one page may: the document is too large to read. */
    static final class TooManyGlyphs extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyGlyphs(int max) {
            super("a page draws more than " + max + " characters", null, false, false);
        }
    }
}
