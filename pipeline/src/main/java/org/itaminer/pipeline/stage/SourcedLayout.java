package org.itaminer.pipeline.stage;

import java.util.Objects;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.report.Source;
import org.itaminer.model.report.SourceHints;

/**
 * What the extract stage reads: a document's layout and where it came from (แหล่งที่มา), which the report names.
 *
 * @param layout the ingested document
 * @param source its origin, digest, media type and page count
 * @param hints what a crawl manifest said of its agency; {@link SourceHints#NONE} for files from a folder
 */
public record SourcedLayout(LayoutDocument layout, Source source, SourceHints hints) {

    public SourcedLayout {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hints, "hints");
    }

    public SourcedLayout(LayoutDocument layout, Source source) {
        this(layout, source, SourceHints.NONE);
    }

    /** The layout of {@code original}, with the source its report will name. */
    public static SourcedLayout of(StoredOriginal original, LayoutDocument layout) {
        return of(original, layout, SourceHints.NONE);
    }

    /** The layout of {@code original} fetched for an agency a manifest names. */
    public static SourcedLayout of(StoredOriginal original, LayoutDocument layout, SourceHints hints) {
        return new SourcedLayout(layout, new Source(original.uri(), original.fileName(), original.sha256(),
                layout.mediaType(), layout.pages().size(), layout.textSource().value()), hints);
    }
}
