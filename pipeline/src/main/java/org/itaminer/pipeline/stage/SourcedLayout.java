package org.itaminer.pipeline.stage;

import java.util.Objects;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.Source;

/**
 * What the extract stage reads: a document's layout and where it came from (แหล่งที่มา), which the report names.
 *
 * @param layout the ingested document
 * @param source its origin, digest, media type and page count
 */
public record SourcedLayout(LayoutDocument layout, Source source) {

    public SourcedLayout {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(source, "source");
    }

    /** The layout of {@code original}, with the source its report will name. */
    public static SourcedLayout of(StoredOriginal original, LayoutDocument layout) {
        return new SourcedLayout(layout, new Source(original.uri(), original.fileName(), original.sha256(),
                layout.mediaType(), layout.pages().size(), layout.textSource().value()));
    }
}
