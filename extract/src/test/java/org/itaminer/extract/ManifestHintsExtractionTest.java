package org.itaminer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.model.Warning;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.itaminer.model.report.SourceHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A crawl manifest row (agency, url, province, district, agencyType, fiscalYear) beside the document's own
 * heading: the document wins, the manifest fills its blanks, and a disagreement is a warning.
 */
class ManifestHintsExtractionTest {

    private static Report extract(String heading, SourceHints hints) {
        List<Block> blocks = new ArrayList<>();
        for (String p : heading.split("\\|")) {
            blocks.add(new Paragraph(List.of(p.strip())));
        }
        blocks.add(new Paragraph(List.of("๑. จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน")));
        LayoutDocument layout = new LayoutDocument("text/plain", TextSource.TEXT, List.of(new Page(1, blocks)),
                List.of());
        return Extraction.extract(layout, new Source("https://bankhok.go.th/ita/o36.pdf", "o36.pdf",
                "0".repeat(64), "text/plain", 1, "text"), hints);
    }

    private static SourceHints manifest(String agency, String province, String district, String type, String year) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agency", agency);
        m.put("url", "https://bankhok.go.th/");
        m.put("province", province);
        m.put("district", district);
        m.put("agencyType", type);
        m.put("fiscalYear", year);
        m.values().removeIf(v -> v == null);
        return SourceHints.of(m);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            # the heading names everything; the manifest agrees: nothing filled, no warning
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖|องค์การบริหารส่วนตำบลบ้านโคก อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี ; องค์การบริหารส่วนตำบลบ้านโคก ; ปราจีนบุรี ; เมืองปราจีนบุรี ; sao ; 2566 ; องค์การบริหารส่วนตำบลบ้านโคก ; sao ; เมืองปราจีนบุรี ; ปราจีนบุรี ; 2566 ; - ; 0
            # the heading names no agency and no year: the manifest gives all five
            มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ; องค์การบริหารส่วนตำบลบ้านโคก ; จังหวัดปราจีนบุรี ; อำเภอเมืองปราจีนบุรี ; อบต. ; 2567 ; องค์การบริหารส่วนตำบลบ้านโคก ; sao ; เมืองปราจีนบุรี ; ปราจีนบุรี ; 2567 ; agency.name agency.type agency.district agency.province fiscalYear ; 0
            # the heading names the agency without its place: the place comes from the manifest
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส เทศบาลตำบลหนองใหญ่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ; เทศบาลตำบลหนองใหญ่ ; ชลบุรี ; หนองใหญ่ ; subdistrict_municipality ; - ; เทศบาลตำบลหนองใหญ่ ; subdistrict_municipality ; หนองใหญ่ ; ชลบุรี ; 2567 ; agency.district agency.province ; 0
            # another agency and another year in the manifest: the document's are kept, two warnings
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖|องค์การบริหารส่วนตำบลบ้านโคก อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี ; องค์การบริหารส่วนตำบลบ้านนา ; ปราจีนบุรี ; - ; - ; 2567 ; องค์การบริหารส่วนตำบลบ้านโคก ; sao ; เมืองปราจีนบุรี ; ปราจีนบุรี ; 2566 ; - ; 2
            # the manifest calls an อบต. a town municipality: the document's type is kept, one warning
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖|องค์การบริหารส่วนตำบลบ้านโคก อำเภอเมืองปราจีนบุรี จังหวัดปราจีนบุรี ; - ; - ; - ; town_municipality ; - ; องค์การบริหารส่วนตำบลบ้านโคก ; sao ; เมืองปราจีนบุรี ; ปราจีนบุรี ; 2566 ; - ; 1
            """)
    void documentWinsManifestFills(String heading, String agency, String province, String district, String type,
                                   String year, String wantName, String wantType, String wantDistrict,
                                   String wantProvince, Integer wantYear, String wantFilled, int wantDisagreements) {
        Report r = extract(heading, manifest(agency, province, district, type, year));
        assertEquals(wantName, r.agency().name());
        assertEquals(wantType, r.agency().type().value());
        assertEquals(wantDistrict, r.agency().district());
        assertEquals(wantProvince, r.agency().province());
        assertEquals(wantYear, r.fiscalYear());
        assertEquals(wantFilled == null ? List.of() : List.of(wantFilled.split(" ")), r.source().fromManifest());
        assertEquals(wantDisagreements,
                r.warnings().stream().filter(w -> w.kind() == Warning.Kind.MANIFEST_DISAGREES).count(),
                r.warnings().toString());
        assertEquals("https://bankhok.go.th/", r.source().manifest().get("url"));
    }

    @Test
    void withoutManifestTheSourceSaysNothingOfOne() {
        Report r = extract("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", SourceHints.NONE);
        assertEquals(Map.of(), r.source().manifest());
        assertEquals("", r.agency().name());
        assertEquals(true, r.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.NO_AGENCY));
    }
}
