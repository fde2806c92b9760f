package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.itaminer.model.report.Agency;
import org.itaminer.model.report.Assessment;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.model.report.IndicatorScore;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.model.report.Source;
import org.itaminer.pipeline.genre.GenreChoices.Cover;
import org.itaminer.pipeline.genre.GenreChoices.Layout;
import org.itaminer.pipeline.genre.GenreChoices.Numbering;
import org.itaminer.pipeline.genre.GenreChoices.PreTable;
import org.itaminer.pipeline.genre.GenreChoices.Signature;
import org.itaminer.pipeline.genre.GenreDocument.Para;
import org.itaminer.pipeline.genre.MeasureCatalogue.MeasureContent;

/**
 * Composes documents of the genre (plans of ITA measures and reports on them) from the {@link MeasureCatalogue}
 * and independent {@link GenreChoices}, each with the report a correct extractor gives. Seeded: the same seed
 * and index give the same document on every machine.
 */
public final class GenreGenerator {

    private final long seed;

    public GenreGenerator(long seed) {
        this.seed = seed;
    }

    /** The document number {@code index} of this seed's sequence. */
    GenreDocument generate(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        GenreChoices c = GenreChoices.draw(r);
        Agency agency = Agencies.draw(r);
        int fy = 2566 + r.nextInt(4);
        Numbering numbering = c.layout() == Layout.SCHEDULE ? ScheduleLayout.effective(c) : c.numbering();
        boolean monitoring = c.layout() != Layout.SCHEDULE && r.nextBoolean();
        boolean report = c.kind() == GenreChoices.Kind.REPORT;
        List<MeasureContent> pool = new ArrayList<>(MeasureCatalogue.ALL);
        Collections.shuffle(pool, r);
        int n = 3 + r.nextInt(4);
        List<DrawnMeasure> measures = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            MeasureContent content = pool.get(k - 1);
            measures.add(new DrawnMeasure(k, DrawnMeasure.numberOf(numbering, k), content,
                    ThaiForms.period(c.period(), fy, r),
                    monitoring ? DrawnMeasure.MONITORING.get(r.nextInt(DrawnMeasure.MONITORING.size())) : null,
                    report ? content.result() : null));
        }
        Context cx = new Context(c, r, agency, fy, measures);
        PageBuilder out = new PageBuilder();

        if (c.cover() == Cover.MEMO) {
            FrontMatter.memoCover(cx, out);
        }
        FrontMatter.Heading heading = FrontMatter.heading(cx, out);
        boolean itaTable = FrontMatter.citesIndicators(c.preTable());
        Assessment cited = itaTable || c.cover() == Cover.PREAMBLE && cx.chance(50) ? FrontMatter.assessment(cx) : null;
        if (c.cover() == Cover.PREAMBLE) {
            FrontMatter.preamble(cx, out, itaTable ? null : cited);
        }
        List<IndicatorScore> scores = List.of();
        if (itaTable) {
            scores = FrontMatter.itaTable(cx, out, cited, c.preTable() == PreTable.ITA_GROUPED);
        } else if (c.preTable() == PreTable.BUDGET) {
            FrontMatter.budgetTable(cx, out);
        }
        out.add(Para.of((report ? "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                : "รายละเอียดมาตรการส่งเสริมคุณธรรมและความโปร่งใส") + " ประจำปีงบประมาณ พ.ศ. " + fy));
        List<Measure> expected = switch (c.layout()) {
            case TABLE -> TableLayout.lay(cx, out);
            case PARAGRAPHS -> ParagraphLayout.lay(cx, out);
            case SCHEDULE -> ScheduleLayout.lay(cx, out);
        };
        if (c.signature() != Signature.NONE) {
            FrontMatter.signature(cx, out);
        }
        List<GenreDocument.Page> pages = out.build();
        String name = String.format(Locale.ROOT, "genre_%05d_%s_%s", index, c.layout().name(), c.kind().name())
                .toLowerCase(Locale.ROOT);
        Report expectedReport = new Report(Report.SCHEMA_VERSION, "", new Source("file:" + name, name, "",
                "text/plain", pages.size(), "text"), heading.title(), report ? DocumentKind.REPORT : DocumentKind.PLAN,
                agency, fy, cited, scores, expected, List.of());
        return new GenreDocument(name, c, pages, expectedReport, heading.alternatives());
    }
}
