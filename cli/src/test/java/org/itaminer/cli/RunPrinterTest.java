package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.itaminer.model.DocumentFailure;
import org.itaminer.model.FailureKind;
import org.itaminer.model.Stage;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.pipeline.DocumentOutcome;
import org.junit.jupiter.api.Test;

/** On a terminal, a progress line on stderr, redrawn in place and cleared before each document's line. */
class RunPrinterTest {

    private static final DocumentOutcome PLAN = new DocumentOutcome("ita/แผนมาตรการ อบต.หนองบัว 2567.pdf",
            Optional.of(new DocumentOutcome.ReportSummary("ab".repeat(32), DocumentKind.PLAN, 4, 0)),
            Optional.empty(), false);
    private static final DocumentOutcome LOCKED = DocumentOutcome.failed(new DocumentFailure(
            "ita/รายงานผล เทศบาลตำบลท่าขาม.pdf", Optional.empty(), Stage.INGEST, FailureKind.ENCRYPTED,
            "the PDF needs a password"));

    @Test
    void onATerminalAProgressLineCountsDocumentsAndFailures() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        RunPrinter printer = new RunPrinter(new PrintWriter(out), new PrintWriter(err), true, true, now::get);
        printer.started(2);
        now.set(1_000_000_000L);
        printer.finished(PLAN);
        now.set(2_000_000_000L);
        printer.finished(LOCKED);

        assertEquals("ok    plan      4 measures   0 warnings  ita/แผนมาตรการ อบต.หนองบัว 2567.pdf\n"
                + "FAIL  ingest encrypted: the PDF needs a password  ita/รายงานผล เทศบาลตำบลท่าขาม.pdf\n",
                out.toString().replace(System.lineSeparator(), "\n"));
        assertTrue(err.toString().startsWith("\r1/2 documents  1.0/s  0 failed"), err.toString());
        assertTrue(err.toString().endsWith("\r2/2 documents  1.0/s  1 failed"), err.toString());
    }

    @Test
    void withoutATerminalNothingGoesToStderr() {
        StringWriter err = new StringWriter();
        RunPrinter printer = new RunPrinter(new PrintWriter(new StringWriter()), new PrintWriter(err), true, false,
                System::nanoTime);
        printer.started(2);
        printer.finished(PLAN);
        printer.finished(LOCKED);
        assertEquals("", err.toString());
    }
}
