package org.itaminer.cli;

import java.util.Locale;
import java.util.Map;
import org.itaminer.model.report.AgencyType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --agency-type}: the schema value (sao), the Thai type word (องค์การบริหารส่วนตำบล) or its abbreviation (อบต.). */
final class AgencyTypeConverter implements ITypeConverter<AgencyType> {

    private static final Map<String, AgencyType> THAI = Map.ofEntries(
            Map.entry("องค์การบริหารส่วนตำบล", AgencyType.SAO), Map.entry("อบต", AgencyType.SAO),
            Map.entry("เทศบาลตำบล", AgencyType.SUBDISTRICT_MUNICIPALITY),
            Map.entry("ทต", AgencyType.SUBDISTRICT_MUNICIPALITY),
            Map.entry("เทศบาลเมือง", AgencyType.TOWN_MUNICIPALITY), Map.entry("ทม", AgencyType.TOWN_MUNICIPALITY),
            Map.entry("เทศบาลนคร", AgencyType.CITY_MUNICIPALITY), Map.entry("ทน", AgencyType.CITY_MUNICIPALITY),
            Map.entry("องค์การบริหารส่วนจังหวัด", AgencyType.PAO), Map.entry("อบจ", AgencyType.PAO));

    @Override
    public AgencyType convert(String value) {
        String v = value.strip();
        AgencyType thai = THAI.get(v.endsWith(".") ? v.substring(0, v.length() - 1) : v);
        if (thai != null) {
            return thai;
        }
        for (AgencyType t : AgencyType.values()) {
            if (t.value().equals(v.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new TypeConversionException("unknown agency type '" + value + "'; use sao, subdistrict_municipality, "
                + "town_municipality, city_municipality, pao, other, or อบต. ทต. ทม. ทน. อบจ.");
    }
}
