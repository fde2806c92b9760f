package org.itaminer.pipeline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Originals stored by the SHA-256 of their bytes under {@code originals/ab/abcd...}, each with a
 * {@code .provenance.json} beside it. Storing the same bytes again only adds a new origin.
 * Writes go to a temporary file first and are moved into place, so a crash never leaves half a file.
 */
public final class ContentStore {

    private final Path root;
    private final Clock clock;
    private final ObjectMapper json;
    private final Consumer<CorruptFile> onCorrupt;

    public ContentStore(Path workdir, Clock clock) {
        this(workdir, clock, corrupt -> { });
    }

    /** @param onCorrupt told of a provenance file that does not parse (it is read as missing and written anew) */
    public ContentStore(Path workdir, Clock clock, Consumer<CorruptFile> onCorrupt) {
        this.root = Objects.requireNonNull(workdir, "workdir").resolve("originals");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onCorrupt = Objects.requireNonNull(onCorrupt, "onCorrupt");
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The stored original and its provenance after a {@link #store}. */
    public record Stored(Path file, Provenance provenance, boolean isNew) {
    }

    /**
     * Stores a file's bytes (if not stored yet) and records where they came from.
     *
     * @param source the file to read
     * @param uri the address to record (file: URI for local files, the URL for downloads)
     * @param fileName the name to record
     */
    public Stored store(Path source, String uri, String fileName) throws IOException {
        return store(source, uri, fileName, Map.of());
    }

    /**
     * Stores a file's bytes with what a manifest said of where they came from.
     *
     * @param hints manifest values (agency, province …) recorded with a new origin
     */
    public synchronized Stored store(Path source, String uri, String fileName, Map<String, String> hints)
            throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "incoming-", ".tmp");
        String sha;
        try {
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            sha = HexFormat.of().formatHex(digest.digest());
            Path target = file(sha);
            boolean isNew = !Files.exists(target);
            if (isNew) {
                Files.createDirectories(target.getParent());
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            Provenance provenance = addOrigin(sha, Files.size(target), uri, fileName, hints);
            return new Stored(target, provenance, isNew);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** An original already stored, with its provenance; empty when its bytes or provenance are missing. */
    public Optional<Stored> stored(String sha) throws IOException {
        if (!sha.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path file = file(sha);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return provenance(sha).filter(p -> !p.sources().isEmpty()).map(p -> new Stored(file, p, false));
    }

    private Provenance addOrigin(String sha, long size, String uri, String fileName, Map<String, String> hints)
            throws IOException {
        Optional<Provenance> existing = provenance(sha);
        List<Provenance.Origin> sources = new ArrayList<>(existing.map(Provenance::sources).orElse(List.of()));
        if (sources.stream().noneMatch(o -> o.uri().equals(uri))) {
            sources.add(new Provenance.Origin(uri, fileName, clock.instant(), hints));
            Provenance p = new Provenance(sha, size, sources);
            AtomicFiles.write(provenanceFile(sha), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(p));
            return p;
        }
        return existing.get();
    }

    /**
     * Where the bytes with this digest were read from; empty when they were never stored, or when the provenance file
     * does not parse (reported to {@code onCorrupt}; the next {@link #store} of the bytes writes it anew).
     */
    public Optional<Provenance> provenance(String sha) throws IOException {
        Path file = provenanceFile(sha);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return Optional.of(json.readValue(bytes, Provenance.class));
        } catch (IOException | RuntimeException e) {
            onCorrupt.accept(CorruptFile.of(file, e));
            return Optional.empty();
        }
    }

    /** Where the original with this digest is (or would be) stored. */
    public Path file(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private Path provenanceFile(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha + ".provenance.json");
    }

    /** The digests of every stored original, sorted. */
    public List<String> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.length() == 64 && n.matches("[0-9a-f]{64}"))
                    .sorted().toList();
        }
    }

    /** SHA-256 of a file, hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("this JVM has no SHA-256", e));
        }
    }
}
