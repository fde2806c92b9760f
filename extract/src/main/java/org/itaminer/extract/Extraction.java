package org.itaminer.extract;

import org.itaminer.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.itaminer.extract.measure.DocumentContext;
import org.itaminer.extract.measure.MeasureBuilder;
import org.itaminer.extract.measure.MeasureDraft;
import org.itaminer.extract.measure.MeasureReader;
import org.itaminer.extract.meta.AgencyFinder;
import org.itaminer.extract.meta.AssessmentFinder;
import org.itaminer.extract.meta.DocumentText;
import org.itaminer.extract.meta.FiscalYearFinder;
import org.itaminer.extract.meta.IndicatorScoreFinder;
import org.itaminer.extract.meta.KindClassifier;
import org.itaminer.extract.meta.ManifestHints;
import org.itaminer.extract.meta.MemoCover;
import org.itaminer.extract.meta.TitleFinder;
import org.itaminer.extract.table.ClassifiedTables;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.itaminer.model.report.SourceHints;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;

/**
 * The front door of extract: a pure function from a layout (and its source's provenance) to a
 * schema-v1 report. No I/O, no shared state: safe to run in parallel and on a distributed engine.
 */
public final class Extraction {

    /** Name of this stage in the workdir; its version is the fingerprint of this package's code. */
    public static final String STAGE = "extract";

    private Extraction() {
    }

    /** The report of a layout, its measures read by the {@link MeasureReaders#STANDARD} readers. */
    public static Report extract(LayoutDocument layout, Source source) {
        return extract(layout, source, MeasureReaders.STANDARD);
    }

    /**
     * The report of a layout, its measures read by the first of {@code readers} (in order) that finds any.
     */
    public static Report extract(LayoutDocument layout, Source source, List<MeasureReader> readers) {
        return extract(layout, source, SourceHints.NONE, readers);
    }

    /**
     * The report of a layout fetched for an agency a crawl manifest names: the manifest's values fill what the
     * document does not say (named in {@code source.fromManifest}), and a warning marks each one it contradicts.
     */
    public static Report extract(LayoutDocument layout, Source source, SourceHints hints) {
        return extract(layout, source, hints, MeasureReaders.STANDARD);
    }

    /** The report of a layout with a manifest's hints, its measures read by the first of {@code readers}. */
    public static Report extract(LayoutDocument layout, Source source, SourceHints hints,
                                 List<MeasureReader> readers) {
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(readers, "readers");
        LayoutDocument normalized = NormalizedLayout.of(layout);
        DocumentText text = DocumentText.of(normalized);
        List<Warning> warnings = new ArrayList<>(layout.warnings());

        Optional<MemoCover> memo = MemoCover.find(text);
        TitleFinder.Title title = TitleFinder.find(text, memo);
        OptionalInt foundYear = FiscalYearFinder.find(title.text(), text);
        Agency foundAgency = AgencyFinder.find(text);
        ManifestHints.Applied heard = ManifestHints.apply(foundAgency, foundYear, hints);
        OptionalInt fiscalYear = heard.fiscalYear(); // a year from the manifest still resolves the periods
        Agency agency = heard.agency();
        warnings.addAll(heard.warnings());
        if (!hints.isEmpty()) {
            source = source.withManifest(hints.asMap(), heard.filled());
        }
        AssessmentFinder.Found assessment = AssessmentFinder.find(text);
        warnings.addAll(assessment.warnings());
        ClassifiedTables tables = ClassifiedTables.of(normalized); // each table classified once, for every reader
        IndicatorScoreFinder.Found scores = IndicatorScoreFinder.find(normalized, tables);
        warnings.addAll(scores.warnings());

        List<Measure> measures = new ArrayList<>();
        for (MeasureDraft draft : MeasureReaders.firstFound(readers, new DocumentContext(normalized, text, title, tables))) {
            measures.add(MeasureBuilder.build(draft, measures.size() + 1, fiscalYear));
        }
        DocumentKind kind = KindClassifier.classify(title, measures);
        if (kind == DocumentKind.OTHER) {
            measures = List.of();
        } else if (measures.isEmpty()) {
            warnings.add(Warning.of(Warning.Kind.NO_MEASURES, "no measures found in a " + kind.value() + " document"));
        }
        warnings.addAll(duplicateNumberWarnings(measures));
        if (agency.name().isEmpty()) {
            warnings.add(Warning.of(Warning.Kind.NO_AGENCY, "no agency name found"));
        }
        for (Page page : layout.pages()) {
            if (!page.readable()) {
                warnings.add(Warning.onPage(Warning.Kind.NEEDS_OCR, page.number(),
                        "page " + page.number() + " needs OCR: " + page.textLayer().reason()));
            } else if (OcrDoubt.doubtful(page.recognition())) {
                warnings.add(Warning.onPage(Warning.Kind.LOW_CONFIDENCE, page.number(), OcrDoubt.sentence(page)));
            }
            if (page.readable() && !page.recognition().doubtfulNumbers().isEmpty()) {
                warnings.add(Warning.onPage(Warning.Kind.UNSURE_DIGITS, page.number(), OcrDoubt.digitsSentence(page)));
            }
        }
        // the page as read (not normalized), whose blocks the words' places index
        warnings.addAll(LowConfidenceCells.warnings(layout, measures));
        // the report's components are its JSON form: null where the document names no year or cites no result
        return new Report(Report.SCHEMA_VERSION, source.sha256(), source, title.text(), kind, agency,
                fiscalYear.isPresent() ? fiscalYear.getAsInt() : null, assessment.assessment().orElse(null),
                scores.scores(), measures, warnings);
    }

    /**
     * A number printed twice is worth checking, unless each sits under its own group heading: measures
     * numbered afresh under "ยุทธศาสตร์ที่ 1", "ยุทธศาสตร์ที่ 2" ... repeat numbers by design.
     */
    private static List<Warning> duplicateNumberWarnings(List<Measure> measures) {
        List<Warning> warnings = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Measure m : measures) {
            String key = m.extra().getOrDefault(MeasureDraft.GROUP_KEY, "") + "\u0001" + m.number();
            if (m.optionalNumber().isPresent() && !seen.add(key)) {
                // about the measure that repeats the number, on the page it starts on
                warnings.add(Warning.onPage(Warning.Kind.DUPLICATE_NUMBER, m.page(),
                        "two measures are numbered " + m.number() + " (seq " + m.seq() + ")"));
            }
        }
        return warnings;
    }
}
