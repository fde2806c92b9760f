package org.itaminer.index.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.itaminer.index.SampleReports;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.junit.jupiter.api.Test;

/** อบต.ห้วยยาง's samples over two years: documents, the scores they cite, measures kept, dropped and new. */
class AgencyHistoriesTest {

    @Test
    void huaiyangFrom2567To2568() {
        List<Report> all = SampleReports.all();
        List<AgencyHistory> found = AgencyHistories.over(all).matching(all, "อบต.ห้วยยาง");
        assertEquals(1, found.size());
        AgencyHistory h = found.get(0);
        assertEquals(List.of(2567, 2568), h.years().stream().map(AgencyHistory.Year::fiscalYear).toList());
        assertEquals(List.of(1, 2), h.years().stream().map(y -> y.documents().size()).toList());
        // the 2567 plan cites 2566's result, the 2568 report 2567's
        assertEquals(List.of(new Assessment(2566, 81.2, "B"), new Assessment(2567, 84.63, "B")), h.scores());
        AgencyHistory.Change c = h.changes().get(0);
        assertEquals(List.of("1>1", "2>3"), c.kept().stream().map(p -> p.left().seq() + ">" + p.right().seq())
                .toList());
        assertEquals(List.of(3), c.dropped().stream().map(Measure::seq).toList());
        assertEquals(List.of(2, 4), c.added().stream().map(Measure::seq).toList());
    }

    @Test
    void aNameMatchesOnlyItsAgency() {
        List<Report> all = SampleReports.all();
        assertEquals(List.of(), AgencyHistories.over(all).matching(all, "อบต.ห้วยยางใหม่"));
        assertEquals(1, AgencyHistories.over(all).matching(all, "ห้วยยาง").size());
    }
}
