package org.itaminer.ingest.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model files OCR was measured with, pinned by SHA-256 ({@code models.tsv}): a model file that differs (another
 * package version, a model copied in by hand) still works, but is named once, since accuracy was measured on the
 * pinned ones; and the files' digests key the OCR cache, so another model never reuses another's readings.
 */
public final class OcrModels {

    private static final Map<String, String> PINNED = load();
    private static final Map<Path, String> DIGESTS = new ConcurrentHashMap<>();

    private OcrModels() {
    }

    /** Language → the SHA-256 of its {@code .traineddata} that OCR was measured with. */
    public static Map<String, String> pinned() {
        return PINNED;
    }

    /** The SHA-256 of a model file, computed once per file and run. */
    public static String sha256(Path model) {
        return DIGESTS.computeIfAbsent(model.toAbsolutePath(), p -> {
            try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": " + e.getMessage(), e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The settings' model files that are not the pinned ones, each as a phrase; empty when all are. */
    public static List<String> unpinned(OcrSettings settings) {
        List<String> out = new ArrayList<>();
        for (String lang : settings.languages()) {
            Optional<Path> model = settings.tessdata().map(d -> d.resolve(lang + ".traineddata"))
                    .filter(Files::isRegularFile);
            if (model.isEmpty()) {
                continue;
            }
            String expected = PINNED.get(lang);
            String actual = sha256(model.get());
            if (expected == null) {
                out.add(lang + ".traineddata is not a model OCR was measured with");
            } else if (!expected.equals(actual)) {
                out.add(model.get() + " differs from the measured model (SHA-256 " + actual.substring(0, 12)
                        + "…, measured " + expected.substring(0, 12) + "…)");
            }
        }
        return out;
    }

    private static Map<String, String> load() {
        Map<String, String> pinned = new LinkedHashMap<>();
        try (InputStream in = OcrModels.class.getResourceAsStream("models.tsv")) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    pinned.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(pinned);
    }
}
