package org.itaminer.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.index.Agencies;
import org.itaminer.index.WritableIndex;
import org.itaminer.index.query.SearchRequest;
import org.itaminer.index.query.SearchResult;
import org.itaminer.index.theme.Theme;
import org.itaminer.index.theme.ThemeClassifier;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An export of what a search shows: the hit measures, not the rest of their documents. */
class SelectedMeasuresTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"NO_GIFT", "COMPLAINTS", "DISCLOSURE"})
    void aThemesExportHoldsOnlyThatThemesMeasures(Theme theme) throws IOException {
        try (WritableIndex index = Agencies.indexed(tmp.resolve("index"))) {
            SearchResult found = index.search(SearchRequest.of("").withLimit(1000).narrowedTo(theme, null, null));
            List<Report> cut = SelectedMeasures.of(found.hits()).cut(Agencies.ALL);
            List<Measure> measures = cut.stream().flatMap(r -> r.measures().stream()).toList();
            assertEquals(found.totalHits(), measures.size());
            assertTrue(measures.stream().allMatch(m -> ThemeClassifier.standard().classify(m).contains(theme)),
                    measures.toString());
            assertTrue(cut.size() < Agencies.ALL.size(), "documents without such a measure are left out");
        }
    }

    @Test
    void aReportWithoutHitsIsLeftOutAndOrderKept() {
        SelectedMeasures none = SelectedMeasures.of(List.of());
        assertTrue(none.cut(Agencies.ALL).isEmpty());
    }
}
