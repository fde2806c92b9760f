package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.itaminer.index.SampleReports;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.ReportJson;
import org.junit.jupiter.api.Test;

class JsonlExportTest {

    @Test
    void writesEveryReportWholeOnItsOwnLineAndReadsBackTheSame() throws Exception {
        List<Report> reports = SampleReports.all();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonlExport.write(reports, out);
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertTrue(text.endsWith("\n"), "the last line ends");
        assertFalse(text.startsWith("\uFEFF"), "no byte-order mark in JSON Lines");
        assertEquals(reports.size(), lines.size());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(reports.get(i), ReportJson.read(lines.get(i).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
