package org.itaminer.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.itaminer.ingest.ocr.digits.DigitClassifier;
import org.itaminer.ingest.ocr.digits.DigitTemplates;
import org.itaminer.ingest.ocr.digits.NumberChecks;
import org.itaminer.ingest.ocr.digits.NumberDoubt;
import org.itaminer.ingest.ocr.digits.ThaiDigitRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step of OCR that re-reads Thai digits ({@link ThaiDigitRecovery}) and checks the numbers
 * ({@link NumberChecks}). Without the Thai fonts it draws its digits from, the page is left as the engine
 * read it, with one doubt saying what to install: a missing font never stops a run.
 */
final class PageDigits {

    private static final Logger LOG = LoggerFactory.getLogger(PageDigits.class);
    private static volatile PageDigits shared;
    /** Digits left as the engine read them, with no doubt added. */
    static final PageDigits OFF = new PageDigits(Optional.empty(), true);

    private final Optional<ThaiDigitRecovery> recovery;
    /** Switched off on purpose (to measure without it): no doubt is added. */
    private final boolean switchedOff;

    PageDigits(Optional<DigitTemplates> templates, boolean switchedOff) {
        this.recovery = templates.filter(t -> !t.isEmpty()).map(t -> new ThaiDigitRecovery(new DigitClassifier(t)));
        this.switchedOff = switchedOff;
    }

    /** With the system's Thai fonts, found once per JVM; off when the system property itaminer.ocr.digits is "off". */
    static PageDigits shared() {
        PageDigits p = shared;
        if (p == null) {
            synchronized (PageDigits.class) {
                p = shared;
                if (p == null) {
                    boolean off = "off".equals(System.getProperty("itaminer.ocr.digits"));
                    Optional<DigitTemplates> templates = off ? Optional.empty() : DigitTemplates.system();
                    if (templates.isEmpty() && !off) {
                        LOG.warn("Thai fonts for re-reading digits not found; Thai digits 4 6 7 8 9 in scans will be "
                                + "misread. Install them with: apt-get install " + DigitTemplates.PACKAGE);
                    }
                    p = new PageDigits(templates, off);
                    shared = p;
                }
            }
        }
        return p;
    }

    record Outcome(RecognizedPage page, List<String> doubts) {
    }

    Outcome recover(BufferedImage image, RecognizedPage page) {
        if (recovery.isEmpty()) {
            return new Outcome(page, switchedOff ? List.of()
                    : List.of("Thai digits not re-read (install " + DigitTemplates.PACKAGE + ")"));
        }
        ThaiDigitRecovery.Result result = recovery.get().recover(image, page.paragraphs());
        RecognizedPage read = new RecognizedPage(page.width(), page.height(), result.paragraphs(), page.engine());
        List<NumberDoubt> doubts = new java.util.ArrayList<>(result.doubts());
        doubts.addAll(NumberChecks.check(result.paragraphs()));
        return new Outcome(read, doubts.stream().map(NumberDoubt::sentence).distinct().toList());
    }
}
