package org.itaminer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.ingest.ocr.Ocr;
import org.itaminer.ingest.text.ControlCharacters;

/**
 * The front door of ingest: detects a file's format from its content and reads it into the layout model.
 * Thread-safe; one instance serves a whole batch.
 */
public final class Ingest {

    /** Bumped when a reader's output changes in a way the stored layouts must be redone for. */
    public static final String STAGE = "ingest";

    private final Map<Format, DocumentReader> readers;

    private Ingest(Map<Format, DocumentReader> readers) {
        this.readers = Map.copyOf(readers);
    }

    /** An ingest with every reader this build registers ({@link ReaderRegistry#discover()}). */
    public static Ingest standard() {
        return new Ingest(ReaderRegistry.discover());
    }

    /**
     * An ingest with the given readers only, one per format; a format without one is unsupported. For
     * builds that leave a reader out, and for tests that put in a reader of their own.
     */
    public static Ingest of(Map<Format, DocumentReader> readers) {
        Objects.requireNonNull(readers, "readers");
        return new Ingest(readers);
    }

    /**
     * The same readers reading page images with {@code ocr}: e.g. one whose results are cached in a workdir. Without
     * this, readers use {@link Ocr#shared()}, which caches nothing.
     */
    public Ingest withOcr(Ocr ocr) {
        Objects.requireNonNull(ocr, "ocr");
        Map<Format, DocumentReader> given = new EnumMap<>(Format.class);
        readers.forEach((format, reader) -> given.put(format, reader.withOcr(ocr)));
        return new Ingest(given);
    }

    /**
     * Reads one file.
     *
     * @throws IngestException when the file is empty, of a format no reader takes, or unreadable
     */
    public LayoutDocument read(Path file) throws IngestException {
        Objects.requireNonNull(file, "file");
        Format format = detect(file);
        DocumentReader reader = readers.get(format);
        if (reader == null) {
            throw new IngestException.UnsupportedFormatException(format == Format.UNKNOWN
                    ? "binary data of no supported format (not text, PDF or an office file)"
                    : "no reader for " + format.mediaType() + " in this build");
        }
        // one place for every reader, present and future: no control character reaches the layout model
        return ControlCharacters.clean(reader.read(file));
    }

    /** The format of a file, from its first bytes. */
    public static Format detect(Path file) throws IngestException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new IngestException.EmptyDocumentException("the file is empty (0 bytes)");
        }
        return FormatDetector.detect(java.util.Arrays.copyOf(head, n));
    }
}
