package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of Thai public agency, as the schema names it. */
public enum AgencyType {
    /** องค์การบริหารส่วนตำบล (อบต.), subdistrict administrative organization. */
    SAO,
    /** เทศบาลตำบล (ทต.). */
    SUBDISTRICT_MUNICIPALITY,
    /** เทศบาลเมือง (ทม.). */
    TOWN_MUNICIPALITY,
    /** เทศบาลนคร (ทน.). */
    CITY_MUNICIPALITY,
    /** องค์การบริหารส่วนจังหวัด (อบจ.), provincial administrative organization. */
    PAO,
    /** Any other agency (hospital, district office, ministry ...). */
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AgencyType fromValue(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
