package org.itaminer.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextLayer;

/**
 * Decides, once a PDF's pages are read, what its damage cost: nothing (a sound file), a {@code DAMAGED}
 * warning (a file PDFBox repaired whose text is there, or that lost a few pages to OCR), or a
 * {@link IngestException.CorruptDocumentException} when no text could be recovered or a large part of the
 * file is gone (a report cut after its first 10 KB keeps a page whose font is lost: its "text" is glyph
 * codes, and reading it as text would put noise in the title).
 */
final class DamageVerdict {

    /** The text-layer reason of a page whose content stream does not decode to its end. */
    static final String BROKEN_CONTENT = "content stream damaged (it does not decode to its end)";

    private final PdfDamage damage;
    private final int pageCount;
    private final List<Integer> failed = new ArrayList<>();
    private final List<Integer> broken = new ArrayList<>();
    private final List<Integer> garbage = new ArrayList<>();
    private int usable;

    DamageVerdict(PdfDamage damage, int pageCount) {
        this.damage = damage;
        this.pageCount = pageCount;
    }

    /** A page that threw while being read. */
    void failed(int page) {
        failed.add(page);
    }

    /** A page as read (after {@link #failed} for one that threw). */
    void read(Page page) {
        TextLayer layer = page.textLayer();
        if (layer.quality() == TextLayer.Quality.GOOD) {
            usable++;
        } else if (BROKEN_CONTENT.equals(layer.reason())) {
            broken.add(page.number());
        } else if (layer.quality() == TextLayer.Quality.GARBAGE && !failed.contains(page.number())) {
            garbage.add(page.number());
        }
    }

    private boolean damaged() {
        return damage.any() || !failed.isEmpty();
    }

    /**
     * Pages whose text the damage took: unreadable, broken content, and in a damaged file the pages whose
     * text turned to noise (in a sound file such a page is an old font's legacy, not damage).
     */
    private List<Integer> lostPages() {
        TreeSet<Integer> lost = new TreeSet<>(failed);
        lost.addAll(broken);
        if (damaged()) {
            lost.addAll(garbage);
        }
        return List.copyOf(lost);
    }

    /** @throws IngestException.CorruptDocumentException when too much of the file is lost to read it */
    void check() throws IngestException.CorruptDocumentException {
        if (failed.size() == pageCount) {
            throw new IngestException.CorruptDocumentException("no page of the PDF could be read", null);
        }
        if (!damaged()) {
            return;
        }
        List<Integer> lost = lostPages();
        String prefix = "the PDF is damaged (" + what() + ")";
        if (usable == 0 && !lost.isEmpty()) {
            throw new IngestException.CorruptDocumentException(prefix + " and no page's text could be recovered", null);
        }
        if (damage.missing() > 0 && damage.missing() * 3 >= damage.referenced()) {
            throw new IngestException.CorruptDocumentException(prefix + ": a third or more of the file is lost", null);
        }
        if (lost.size() * 2 > pageCount) {
            throw new IngestException.CorruptDocumentException(prefix + ": " + lost.size() + " of " + pageCount
                    + " pages lost their text", null);
        }
    }

    /** The warning for a damaged file that was still read; empty for a sound one. */
    Optional<Warning> warning() {
        if (!damaged()) {
            return Optional.empty();
        }
        List<Integer> lost = lostPages();
        String pages = lost.isEmpty() ? "repaired on reading, its text is read as far as it goes"
                : lost.size() == 1 ? "page " + join(lost) + " lost its text and goes to OCR"
                : "pages " + join(lost) + " lost their text and go to OCR";
        return Optional.of(Warning.of(Warning.Kind.DAMAGED, "damaged file: " + what() + "; " + pages));
    }

    /** What was found wrong, for a person. */
    private String what() {
        List<String> parts = new ArrayList<>();
        damage.structure().ifPresent(parts::add);
        if (damage.missing() > 0) {
            parts.add(damage.missing() + " of " + damage.referenced() + " referenced objects are missing");
        }
        if (damage.brokenStreams() > 0) {
            parts.add(damage.brokenStreams() + (damage.brokenStreams() == 1 ? " stream does" : " streams do")
                    + " not decode to the end");
        }
        if (!failed.isEmpty()) {
            parts.add((failed.size() == 1 ? "page " : "pages ") + join(failed) + " could not be parsed");
        }
        return parts.isEmpty() ? "unknown damage" : String.join("; ", parts);
    }

    private static String join(List<Integer> pages) {
        return String.join(", ", pages.stream().map(String::valueOf).toList());
    }
}
