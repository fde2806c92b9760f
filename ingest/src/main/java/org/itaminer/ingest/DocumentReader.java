package org.itaminer.ingest;

import java.nio.file.Path;
import java.util.Set;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.model.layout.LayoutDocument;

/**
 * Reads one or more formats into the layout model. Implementations are stateless and thread-safe; a reader
 * throws an {@link IngestException} subclass for a bad document and never returns a silently empty one.
 *
 * <p>Readers are found with {@link java.util.ServiceLoader}: a reader with a public no-argument constructor,
 * named in {@code META-INF/services/org.itaminer.ingest.DocumentReader}, that says which {@link #formats()} it
 * takes, is used by {@link Ingest#standard()} without further wiring (see {@link ReaderRegistry}).
 */
public interface DocumentReader {

    /**
     * @param file the stored original
     * @return its layout
     * @throws IngestException when the document cannot be read; the message says why, without the file name
     */
    LayoutDocument read(Path file) throws IngestException;

    /**
     * The formats this reader takes. A registered reader names at least one; the default, none, is for a
     * reader handed to {@link Ingest#of} with its formats beside it.
     */
    default Set<Format> formats() {
        return Set.of();
    }

    /**
     * Which reader wins where two take the same format: the higher priority. The standard readers are at
     * {@code 0}, so a reader at {@code 1} replaces one of them for its formats. Two registered readers with
     * the same priority for one format are a packaging mistake ({@link ReaderRegistry} refuses them).
     */
    default int priority() {
        return 0;
    }

    /**
     * This reader reading page images with {@code ocr} ({@link Ingest#withOcr}): the OCR, with its engines and
     * cache, is the caller's to give, not a JVM-wide one. The default, for readers that read no images, is this
     * reader itself.
     */
    default DocumentReader withOcr(Ocr ocr) {
        return this;
    }
}
