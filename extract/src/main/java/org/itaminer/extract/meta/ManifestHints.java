package org.itaminer.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.itaminer.model.Warning;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.AgencyType;
import org.itaminer.model.report.SourceHints;

/**
 * The crawl manifest's values (บัญชีรายชื่อหน่วยงาน) set beside what the document itself says: the document
 * wins where it gives a value, and a warning says when the two disagree; where it gives none, the manifest's
 * value fills the field and the field is named as the manifest's.
 */
public final class ManifestHints {

    /**
     * The agency and year after the manifest is heard.
     *
     * @param agency the document's agency, its blanks filled from the manifest
     * @param fiscalYear the document's year, or the manifest's when the document names none
     * @param filled the report fields the manifest gave (agency.name, agency.type, agency.district,
     *     agency.province, fiscalYear)
     * @param warnings one per field on which the document and the manifest disagree
     */
    public record Applied(Agency agency, OptionalInt fiscalYear, List<String> filled, List<Warning> warnings) {

        public Applied {
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(fiscalYear, "fiscalYear");
            filled = List.copyOf(filled);
            warnings = List.copyOf(warnings);
        }
    }

    private ManifestHints() {
    }

    /** The document's {@code agency} and {@code fiscalYear} with the manifest's {@code hints} heard. */
    public static Applied apply(Agency agency, OptionalInt fiscalYear, SourceHints hints) {
        List<String> filled = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        boolean named = !agency.name().isEmpty();

        String name = pick("agency.name", named ? Optional.of(agency.name()) : Optional.empty(), hints.agency(),
                filled, warnings).orElse("");
        // a name found in the document brings its type with it (OTHER included); without one, the type is unknown
        AgencyType type = named || hints.agencyType().isEmpty() ? agency.type() : hints.agencyType().get();
        if (!named && hints.agencyType().isPresent()) {
            filled.add("agency.type");
        } else if (named && hints.agencyType().isPresent() && hints.agencyType().get() != agency.type()) {
            warnings.add(disagree("agency type", hints.agencyType().get().value(), agency.type().value()));
        }
        String district = pick("agency.district", agency.optionalDistrict(), hints.district(), filled, warnings)
                .orElse(null);
        String province = pick("agency.province", agency.optionalProvince(), hints.province(), filled, warnings)
                .orElse(null);

        OptionalInt year = fiscalYear;
        if (fiscalYear.isEmpty() && hints.fiscalYear().isPresent()) {
            year = hints.fiscalYear();
            filled.add("fiscalYear");
        } else if (fiscalYear.isPresent() && hints.fiscalYear().isPresent()
                && fiscalYear.getAsInt() != hints.fiscalYear().getAsInt()) {
            warnings.add(disagree("fiscal year", Integer.toString(hints.fiscalYear().getAsInt()),
                    Integer.toString(fiscalYear.getAsInt())));
        }
        return new Applied(new Agency(name, type, district, province), year, filled, warnings);
    }

    private static Optional<String> pick(String field, Optional<String> found, Optional<String> hinted,
                                         List<String> filled, List<Warning> warnings) {
        if (found.isEmpty()) {
            hinted.ifPresent(h -> filled.add(field));
            return hinted;
        }
        if (hinted.isPresent() && !squeezed(hinted.get()).equals(squeezed(found.get()))) {
            warnings.add(disagree(field.substring(field.indexOf('.') + 1), hinted.get(), found.get()));
        }
        return found;
    }

    private static Warning disagree(String what, String manifest, String document) {
        return Warning.of(Warning.Kind.MANIFEST_DISAGREES,
                "the manifest says " + what + " " + manifest + ", the document says " + document
                        + " (the document's is kept)");
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }
}
