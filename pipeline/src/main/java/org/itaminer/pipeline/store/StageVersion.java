package org.itaminer.pipeline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A stage's version: a digest of the compiled classes and resources of the stage's packages, read from
 * the jar or folder they were loaded from. Any change to a stage's code changes its version, so the
 * workdir never serves output an older extractor made; nobody has to remember to bump a number.
 */
public final class StageVersion {

    private StageVersion() {
    }

    /**
     * @param anchor a class of the stage, to find where its code was loaded from
     * @param packagePrefixes path prefixes inside the jar ("org/itaminer/extract/")
     * @return 12 hex digits
     */
    public static String of(Class<?> anchor, String... packagePrefixes) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                List<Path> files = new ArrayList<>();
                for (String prefix : packagePrefixes) {
                    Path dir = location.resolve(prefix);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> walk = Files.walk(dir)) {
                            walk.filter(Files::isRegularFile).forEach(files::add);
                        }
                    }
                }
                files.sort(null);
                for (Path f : files) {
                    digest.update(location.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> entries = jar.stream()
                            .filter(e -> !e.isDirectory() && matches(e.getName(), packagePrefixes))
                            .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry e : entries) {
                        digest.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code of " + anchor.getName(), e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the code of " + anchor.getName(), e);
        }
    }

    /** One 12-digit version out of several: a stage's own code and the shared code it runs. */
    public static String combine(String... versions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String v : versions) {
                digest.update(v.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean matches(String name, String[] prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
