package org.itaminer.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.TextSource;

/**
 * A test-only reader registered in this module's test {@code META-INF/services}, beside the OCR image reader, which it replaces (priority 1):
 * it takes images, which no standard reader does, and reads every one as the same recognised line.
 */
public final class ScannedImageStubReader implements DocumentReader {

    static final String LINE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส";

    /** Above the standard readers, so that it replaces the OCR image reader in this module's tests. */
    @Override
    public int priority() {
        return 1;
    }

    @Override
    public Set<Format> formats() {
        return Set.of(Format.IMAGE);
    }

    @Override
    public LayoutDocument read(Path file) {
        return new LayoutDocument("image/png", TextSource.OCR,
                List.of(new Page(1, List.of(new Paragraph(List.of(LINE))))), List.of());
    }
}
