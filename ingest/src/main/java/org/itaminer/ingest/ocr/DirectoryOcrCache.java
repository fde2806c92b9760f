package org.itaminer.ingest.ocr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OcrCache} in a folder: one JSON file per page image, {@code ab/abcdef….json}, written to a temporary
 * file and moved into place, so a run stopped midway leaves whole entries or none.
 */
public final class DirectoryOcrCache implements OcrCache {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryOcrCache.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();

    public DirectoryOcrCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    public Path dir() {
        return dir;
    }

    @Override
    public Optional<RecognizedPage> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), RecognizedPage.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("OCR cache entry {} unreadable ({}); the page is read again", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, RecognizedPage page) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), key, ".part");
            try {
                json.writeValue(temp.toFile(), page);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.warn("OCR result not cached in {}: {}", dir, e.getMessage());
        }
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an OCR cache key: " + key);
        }
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
