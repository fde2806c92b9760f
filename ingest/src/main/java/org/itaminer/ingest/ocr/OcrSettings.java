package org.itaminer.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How OCR runs: the Tesseract languages, where their model files are, the page segmentation mode and how
 * many engines may work at once.
 *
 * @param language Tesseract's language string; {@value #DEFAULT_LANGUAGE} by default: {@code tha+eng} read the
 *     scanned seeds better than {@code tha} alone and keeps Latin acronyms (ITA, O36) readable
 * @param tessdata the folder holding {@code <lang>.traineddata}, when one was given or found
 * @param pageSegMode Tesseract's page segmentation mode (3: automatic, the default, keeps a table's reading order)
 * @param engines how many engines may run at once (one per core by default)
 */
public record OcrSettings(String language, Optional<Path> tessdata, int pageSegMode, int engines) {

    public static final String DEFAULT_LANGUAGE = "tha+eng";

    /** Where Debian, Ubuntu and source builds put the model files, newest Tesseract first. */
    static final List<String> TESSDATA_PLACES = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata");

    public OcrSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(tessdata, "tessdata");
        if (!language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("not a Tesseract language string: " + language);
        }
        if (pageSegMode < 0 || pageSegMode > 13) {
            throw new IllegalArgumentException("page segmentation mode out of 0..13: " + pageSegMode);
        }
        if (engines < 1) {
            throw new IllegalArgumentException("engines must be >= 1, was " + engines);
        }
    }

    /**
     * The settings from system properties, then the environment, then the defaults:
     * {@code itaminer.ocr.language} / {@code ITAMINER_OCR_LANGUAGE}, {@code itaminer.ocr.tessdata} /
     * {@code ITAMINER_TESSDATA} / {@code TESSDATA_PREFIX} (else the first of {@link #TESSDATA_PLACES} holding
     * every language), {@code itaminer.ocr.psm}, {@code itaminer.ocr.engines} / {@code ITAMINER_OCR_ENGINES}.
     */
    public static OcrSettings fromEnvironment() {
        return from(name -> Optional.ofNullable(System.getProperty(name)).orElse(null), System::getenv);
    }

    static OcrSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String language = first(properties.apply("itaminer.ocr.language"), environment.apply("ITAMINER_OCR_LANGUAGE"))
                .orElse(DEFAULT_LANGUAGE);
        Optional<String> given = first(properties.apply("itaminer.ocr.tessdata"), environment.apply("ITAMINER_TESSDATA"),
                environment.apply("TESSDATA_PREFIX"));
        Optional<Path> tessdata = given.map(Path::of).map(OcrSettings::modelFolder)
                .or(() -> find(language, TESSDATA_PLACES));
        int psm = first(properties.apply("itaminer.ocr.psm")).map(Integer::parseInt).orElse(3);
        int engines = first(properties.apply("itaminer.ocr.engines"), environment.apply("ITAMINER_OCR_ENGINES"))
                .map(Integer::parseInt).orElse(Runtime.getRuntime().availableProcessors());
        return new OcrSettings(language, tessdata, psm, engines);
    }

    /** The languages of the language string. */
    public List<String> languages() {
        return List.of(language.split("\\+"));
    }

    /**
     * What makes the engine read a page differently: the languages, the page segmentation mode and each model
     * file's SHA-256 (a model updated by the package manager reads differently). Part of the OCR cache's key.
     */
    public String signature() {
        StringBuilder out = new StringBuilder(language).append(";psm=").append(pageSegMode);
        for (String lang : languages()) {
            Optional<Path> model = tessdata.map(d -> d.resolve(lang + ".traineddata"));
            if (model.isPresent() && Files.isRegularFile(model.get())) {
                out.append(';').append(lang).append('=').append(OcrModels.sha256(model.get()));
            }
        }
        return out.toString();
    }

    /** The model files this setting needs that its folder lacks (all of them when no folder was found). */
    public List<String> missingModels() {
        List<String> missing = new ArrayList<>();
        for (String lang : languages()) {
            if (tessdata.isEmpty() || !Files.isRegularFile(tessdata.get().resolve(lang + ".traineddata"))) {
                missing.add(lang + ".traineddata");
            }
        }
        return missing;
    }

    /** TESSDATA_PREFIX may name the tessdata folder or its parent. */
    private static Path modelFolder(Path given) {
        Path inner = given.resolve("tessdata");
        return Files.isDirectory(inner) && !Files.exists(given.resolve("eng.traineddata")) ? inner : given;
    }

    static Optional<Path> find(String language, List<String> places) {
        for (String place : places) {
            Path dir = Path.of(place);
            if (List.of(language.split("\\+")).stream().allMatch(l -> Files.isRegularFile(dir.resolve(l + ".traineddata")))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }
}
