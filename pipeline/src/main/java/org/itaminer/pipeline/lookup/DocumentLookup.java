package org.itaminer.pipeline.lookup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaminer.model.report.ReportJson;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.errors.ErrorLines;
import org.itaminer.pipeline.store.ContentStore;
import org.itaminer.pipeline.store.Provenance;

/**
 * Finds a document in the workdir by what a person has at hand: the file itself (by its bytes), the name or path it
 * was read under, its digest or a prefix of it, or a measure id as {@code search} prints it ({@code 3f9a0c12be47#2}).
 */
public final class DocumentLookup {

    /** A digest prefix of at least 6 hex digits, perhaps with a measure number. */
    private static final Pattern DIGEST = Pattern.compile("([0-9a-fA-F]{6,64})(?:#[0-9]{1,9})?");

    private DocumentLookup() {
    }

    /**
     * The documents that {@code what} names: one, several when a short prefix or a file name fits more than one, or
     * none. A file that was never read but failed (it was missing, or unreadable) is found by its failures alone.
     */
    public static List<StoredDocument> find(Workdir workdir, String what) throws IOException {
        ErrorLines errors = workdir.errorLog().read();
        List<String> shas = new ArrayList<>();
        Matcher digest = DIGEST.matcher(what.strip());
        if (digest.matches()) {
            String prefix = digest.group(1).toLowerCase(Locale.ROOT);
            workdir.originals().list().stream().filter(s -> s.startsWith(prefix)).forEach(shas::add);
        }
        Optional<Path> path = asPath(what);
        if (shas.isEmpty() && path.isPresent() && Files.isRegularFile(path.get())) {
            String sha = ContentStore.sha256(path.get());
            if (workdir.originals().provenance(sha).isPresent()) {
                shas.add(sha);
            }
        }
        if (shas.isEmpty() && path.isPresent()) {
            shas.addAll(byOrigin(workdir, what, path.get()));
        }
        List<StoredDocument> found = new ArrayList<>();
        for (String sha : shas) {
            found.add(document(workdir, sha, errors, what));
        }
        if (found.isEmpty()) {
            var failures = errors.about(Optional.empty(), List.of(what));
            if (!failures.isEmpty()) {
                found.add(new StoredDocument(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), failures));
            }
        }
        return found;
    }

    private static StoredDocument document(Workdir workdir, String sha, ErrorLines errors, String what)
            throws IOException {
        List<Provenance.Origin> sources = workdir.originals().provenance(sha).map(Provenance::sources)
                .orElse(List.of());
        List<String> names = new ArrayList<>(List.of(what));
        for (Provenance.Origin o : sources) {
            fileOf(o).ifPresent(p -> names.add(p.toString()));
        }
        return new StoredDocument(Optional.of(sha), sources, workdir.reports().read(sha, ReportJson::read),
                workdir.failureMemory().known(sha), errors.about(Optional.of(sha), names));
    }

    /** Stored originals once read under this path or file name. */
    private static List<String> byOrigin(Workdir workdir, String what, Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        for (String sha : workdir.originals().list()) {
            Optional<Provenance> p = workdir.originals().provenance(sha);
            if (p.isPresent() && p.get().sources().stream().anyMatch(o -> o.fileName().equals(what)
                    || fileOf(o).map(absolute::equals).orElse(false))) {
                out.add(sha);
            }
        }
        return out;
    }

    private static Optional<Path> fileOf(Provenance.Origin origin) {
        try {
            return origin.uri().startsWith("file:") ? Optional.of(Path.of(java.net.URI.create(origin.uri())))
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> asPath(String what) {
        try {
            return Optional.of(Path.of(what));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
