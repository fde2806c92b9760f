package org.itaminer.pipeline.stage;

import org.itaminer.extract.Extraction;
import org.itaminer.model.Stage;
import org.itaminer.model.report.Report;

/** Extract (สกัดมาตรการ): a layout and its source into a schema-v1 report; a pure function, it never fails on a document. */
public final class ExtractStage implements StageFunction<SourcedLayout, Report> {

    @Override
    public Stage stage() {
        return Stage.EXTRACT;
    }

    @Override
    public Report apply(SourcedLayout input) {
        return Extraction.extract(input.layout(), input.source(), input.hints());
    }
}
