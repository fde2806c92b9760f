package org.itaminer.model.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a document is. */
public enum DocumentKind {
    /** A plan of measures for a year (มาตรการส่งเสริมคุณธรรมและความโปร่งใส ...). */
    PLAN,
    /** A report on carrying measures out (รายงานผลการดำเนินการ ...). */
    REPORT,
    /** Anything else a bulk import brings in: memo, order, form, law. */
    OTHER;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentKind fromValue(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
