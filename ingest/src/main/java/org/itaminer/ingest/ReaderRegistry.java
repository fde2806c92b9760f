package org.itaminer.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Finds the readers of this build through {@link ServiceLoader} ({@code META-INF/services/
 * org.itaminer.ingest.DocumentReader}) and chooses one per {@link Format}: the reader that declares the
 * format, and of two that do, the one of higher {@link DocumentReader#priority() priority}. A new reader (OCR
 * for scans and images, a web fetcher) slots in by being listed there; {@link Ingest} does not change.
 */
public final class ReaderRegistry {

    private ReaderRegistry() {
    }

    /** The registered readers, one per format they take, from the class path ingest itself was loaded from. */
    public static Map<Format, DocumentReader> discover() {
        List<DocumentReader> found = new ArrayList<>();
        ServiceLoader.load(DocumentReader.class, DocumentReader.class.getClassLoader()).forEach(found::add);
        return choose(found);
    }

    /**
     * One reader per format out of {@code readers}.
     *
     * @throws IllegalArgumentException when a reader declares no format, or two declare one format with the
     *     same priority (the choice would depend on the class path's order)
     */
    public static Map<Format, DocumentReader> choose(Iterable<? extends DocumentReader> readers) {
        Objects.requireNonNull(readers, "readers");
        Map<Format, DocumentReader> chosen = new EnumMap<>(Format.class);
        for (DocumentReader reader : readers) {
            if (reader.formats().isEmpty()) {
                throw new IllegalArgumentException("reader " + reader.getClass().getName() + " declares no format");
            }
            for (Format format : reader.formats()) {
                DocumentReader other = chosen.get(format);
                if (other == null || reader.priority() > other.priority()) {
                    chosen.put(format, reader);
                } else if (reader.priority() == other.priority()) {
                    throw new IllegalArgumentException("two readers for " + format + " with priority "
                            + reader.priority() + ": " + other.getClass().getName() + " and "
                            + reader.getClass().getName());
                }
            }
        }
        return chosen;
    }
}
