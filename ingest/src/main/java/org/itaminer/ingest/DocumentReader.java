package org.itaminer.ingest;

import java.nio.file.Path;
import org.itaminer.model.layout.LayoutDocument;

/**
 * Reads one format into the layout model. Implementations are stateless and thread-safe; a reader
 * throws an {@link IngestException} subclass for a bad document and never returns a silently empty one.
 */
public interface DocumentReader {

    /**
     * @param file the stored original
     * @return its layout
     * @throws IngestException when the document cannot be read; the message says why, without the file name
     */
    LayoutDocument read(Path file) throws IngestException;
}
