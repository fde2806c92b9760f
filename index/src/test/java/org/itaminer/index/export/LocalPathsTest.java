package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.itaminer.index.Agencies;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalPathsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // source.uri as recorded | file name | as exported
        "file:///home/somchai/%E0%B8%87%E0%B8%B2%E0%B8%99/ita/plan.pdf | plan.pdf | file:plan.pdf",
        "file:/C:/Users/analyst/Desktop/ITA%202568/report.docx | report.docx | file:report.docx",
        "file:///home/somchai/ita/แผนมาตรการ 2568.pdf | แผนมาตรการ 2568.pdf"
                + " | file:%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%A1%E0%B8%B2%E0%B8%95%E0%B8%A3%E0%B8%81%E0%B8%B2%E0%B8%A3%202568.pdf",
        "smb://fileserver/ita/plan.pdf | plan.pdf | file:plan.pdf",
        "https://www.nongbua.go.th/ita/2567/o36.pdf | o36.pdf | https://www.nongbua.go.th/ita/2567/o36.pdf",
        "http://www.phanom.go.th/ita/report.pdf | report.pdf | http://www.phanom.go.th/ita/report.pdf",
        "HTTPS://ITA.EXAMPLE.GO.TH/plan.pdf | plan.pdf | HTTPS://ITA.EXAMPLE.GO.TH/plan.pdf"})
    void aLocalPathIsReducedToTheFileName(String uri, String fileName, String exported) {
        assertEquals(exported, LocalPaths.hidden(uri, fileName));
    }

    @Test
    void theReportKeepsEverythingButThePath() {
        Report r = Agencies.report("aa11bb22cc33", Agencies.MAESAI, DocumentKind.PLAN, 2568, Agencies.m(1, "มาตรการ"));
        Source s = r.source();
        Report local = new Report(r.schemaVersion(), r.id(), new Source("file:///home/somchai/ita/plan.txt",
                "plan.txt", s.sha256(), s.mediaType(), s.pages(), s.textSource()), r.title(), r.kind(), r.agency(),
                r.fiscalYear(), r.assessment(), r.indicatorScores(), r.measures(), r.warnings());
        Report hidden = LocalPaths.hidden(local);
        assertEquals(new Source("file:plan.txt", "plan.txt", s.sha256(), s.mediaType(), s.pages(), s.textSource()),
                hidden.source());
        assertEquals(local.measures(), hidden.measures());
        assertEquals(local.id(), hidden.id());

        Report published = new Report(r.schemaVersion(), r.id(), new Source("https://www.maesai.go.th/ita/plan.txt",
                "plan.txt", s.sha256(), s.mediaType(), s.pages(), s.textSource()), r.title(), r.kind(), r.agency(),
                r.fiscalYear(), r.assessment(), r.indicatorScores(), r.measures(), r.warnings());
        assertSame(published, LocalPaths.hidden(published));
    }
}
