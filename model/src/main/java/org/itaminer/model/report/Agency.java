package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * The publishing agency.
 *
 * @param name full name with its type word, never the abbreviation (องค์การบริหารส่วนตำบลบ้านโคก)
 * @param type the agency type
 * @param district อำเภอ without the prefix; null when the document does not say
 * @param province จังหวัด without the prefix; null when the document does not say
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"name", "type", "district", "province"})
public record Agency(String name, AgencyType type, String district, String province) {

    public Agency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** An agency the document does not name. */
    public static final Agency UNKNOWN = new Agency("", AgencyType.OTHER, null, null);

    /** The district, when the document says ({@link #district()} is its JSON form, null when not). */
    public Optional<String> optionalDistrict() {
        return Optional.ofNullable(district);
    }

    /** The province, when the document says. */
    public Optional<String> optionalProvince() {
        return Optional.ofNullable(province);
    }
}
