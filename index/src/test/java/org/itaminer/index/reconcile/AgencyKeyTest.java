package org.itaminer.index.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The same agency as its plan and its report write it: one key; two agencies: two keys. */
class AgencyKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "องค์การบริหารส่วนตำบลห้วยยาง | กระบี่ | อบต.ห้วยยาง | จังหวัดกระบี่",
        "องค์การบริหารส่วนตำบลห้วยยาง | กระบี่ | อบต. ห้วยยาง | จ.กระบี่",
        "องค์การบริหารส่วนตำบล ห้วยยาง | กระบี่ | องค์การบริหารส่วนตำบลห้วยยาง อำเภอเมืองกระบี่ จังหวัดกระบี่ | กระบี่",
        "เทศบาลตำบลท่าโพธิ์ทอง | พระนครศรีอยุธยา | ทต.ท่าโพธิ์ทอง | พระนครศรีอยุธยา",
        "เทศบาลเมืองท่าขาม | สุราษฎร์ธานี | ทม. ท่าขาม | จังหวัดสุราษฎร์ธานี",
    })
    void sameAgencyWrittenTwoWays(String planName, String planProvince, String reportName, String reportProvince) {
        assertEquals(key(planName, planProvince), key(reportName, reportProvince));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "องค์การบริหารส่วนตำบลห้วยยาง | กระบี่ | องค์การบริหารส่วนตำบลห้วยยาง | ศรีสะเกษ",
        "องค์การบริหารส่วนตำบลห้วยยาง | กระบี่ | เทศบาลตำบลห้วยยาง | กระบี่",
        "องค์การบริหารส่วนตำบลหนองบัว | กระบี่ | องค์การบริหารส่วนตำบลหนองบัวแดง | กระบี่",
    })
    void differentAgencies(String a, String pa, String b, String pb) {
        assertNotEquals(key(a, pa), key(b, pb));
        assertFalse(key(a, pa).compatible(key(b, pb)));
    }

    @Test
    void aReportWithoutProvinceJoinsTheOnlyAgencyOfItsName() {
        Report plan = doc("p", "องค์การบริหารส่วนตำบลห้วยยาง", "กระบี่");
        Report report = doc("r", "อบต.ห้วยยาง", null);
        assertEquals(1, AgencyGroups.of(List.of(plan, report)).size());
        Report other = doc("o", "องค์การบริหารส่วนตำบลห้วยยาง", "ศรีสะเกษ");
        // two provinces have a ห้วยยาง: the report without a province stays on its own
        assertEquals(3, AgencyGroups.of(List.of(plan, other, report)).size());
        assertTrue(key("องค์การบริหารส่วนตำบลห้วยยาง", "กระบี่").matchesTyped("ห้วยยาง"));
    }

    private static AgencyKey key(String name, String province) {
        return AgencyKey.of(new Agency(name, AgencyType.OTHER, null, province));
    }

    private static Report doc(String id, String name, String province) {
        return new Report(1, id, new Source("file:" + id, id, id, "text/plain", 1, "text"), "t", DocumentKind.PLAN,
                new Agency(name, AgencyType.SAO, null, province), 2568, null, List.of(), List.of(), List.of());
    }
}
