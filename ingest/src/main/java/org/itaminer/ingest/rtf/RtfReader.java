package org.itaminer.ingest.rtf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextSource;
import java.util.Set;
import org.itaminer.ingest.Format;

/**
 * Reads RTF into the layout model: paragraphs (lines split at {@code \line}), tables from
 * {@code \trowd … \cell … \row} with column spans (method "rtf"), and a new page at {@code \page}.
 * Text comes from <code>&#92;uN</code> escapes or from {@code \'hh} bytes in the font's character set
 * ({@code \fcharset222} and code page 874 for Thai). Headers, footers, pictures and embedded objects
 * are not read.
 */
public final class RtfReader implements DocumentReader {

    public static final String MEDIA_TYPE = "application/rtf";

    /** RTF only: Tika's RTF parser turns tables into a column of paragraphs; this reader keeps rows and cells. */
    @Override
    public Set<Format> formats() {
        return Set.of(Format.RTF);
    }

    @Override
    public LayoutDocument read(Path file) throws IngestException {
        RtfLayoutBuilder builder = new RtfLayoutBuilder();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            RtfParser.parse(in, builder);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
        List<Page> pages = builder.finish();
        if (pages.stream().allMatch(p -> p.blocks().isEmpty())) {
            throw new IngestException.EmptyDocumentException("the document has no text");
        }
        return new LayoutDocument(MEDIA_TYPE, TextSource.TEXT, pages, List.of());
    }
}
