package org.itaminer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.index.SampleReports;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    final List<Report> samples = SampleReports.all();
    final SyntheticCorpus corpus = new SyntheticCorpus(7, samples);

    @Test
    void sameSeedAndNumberSameReport() {
        assertEquals(corpus.report(12345), new SyntheticCorpus(7, samples).report(12345));
        assertNotEquals(corpus.report(1).id(), corpus.report(2).id());
        assertNotEquals(corpus.report(1), new SyntheticCorpus(8, samples).report(1));
    }

    @Test
    void measuresAreRecombinedFromTheSamples() {
        Set<String> titles = samples.stream().flatMap(r -> r.measures().stream()).map(Measure::title)
                .collect(Collectors.toSet());
        for (long i = 0; i < 200; i++) {
            Report r = corpus.report(i);
            assertTrue(r.measures().size() >= 3 && r.measures().size() <= 12, r.measures().size() + " measures");
            assertTrue(SyntheticCorpus.PROVINCES.contains(r.agency().province()), r.agency().province());
            assertTrue(r.fiscalYear() >= 2560 && r.fiscalYear() <= 2569);
            for (Measure m : r.measures()) {
                assertTrue(titles.contains(m.title()), m.title());
            }
        }
        assertEquals(77, SyntheticCorpus.PROVINCES.size());
        assertEquals(77, Set.copyOf(SyntheticCorpus.PROVINCES).size());
    }

    @Test
    void cutToAnExactCount() {
        assertEquals(2, corpus.report(3, 2).measures().size());
        assertEquals(corpus.report(3), corpus.report(3, 100));
    }

    @Test
    void samplesWithoutMeasuresAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SyntheticCorpus(1, List.of(SampleReports.one("memo_order_other"))));
    }
}
