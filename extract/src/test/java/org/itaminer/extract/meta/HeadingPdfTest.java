package org.itaminer.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.itaminer.extract.Extraction;
import org.itaminer.ingest.pdf.PdfReader;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;

/**
 * Through the PDF path ({@link HeadingPdfFixtures} wrote the file): a memo cover on page 1 whose subject
 * says รายงานผล and whose approval and signature lines stand alone; on page 2 the plan's heading set
 * larger and centred under an agency line, the preamble straight under it. The title is page 2's heading
 * block, and the body decides the kind.
 */
class HeadingPdfTest {

    @Test
    void memoCoverInFrontOfAPlan() throws Exception {
        Path pdf = resource(HeadingPdfFixtures.FILE);
        LayoutDocument layout = new PdfReader().read(pdf);
        Report report = Extraction.extract(layout, new Source(pdf.toUri().toString(), HeadingPdfFixtures.FILE,
                "0".repeat(64), "application/pdf", layout.pages().size(), "pdf-text"));
        assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567", report.title());
        assertEquals(DocumentKind.PLAN, report.kind());
        assertEquals(2567, report.fiscalYear());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HeadingPdfTest.class.getResource(name).toURI());
    }
}
