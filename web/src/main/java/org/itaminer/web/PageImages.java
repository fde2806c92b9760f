package org.itaminer.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.itaminer.pipeline.store.ContentStore;

/**
 * The image of one page of a stored PDF original, rendered by PDFBox once and cached as PNG under
 * {@code W/web-cache/pages/}. A file is reached only through its content hash: {@link #SHA256} is checked before
 * the content store is asked, so no part of a request ever becomes a path.
 */
public final class PageImages {

    /** A SHA-256 digest in lower-case hex: the only way a request names a stored file. */
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final int MAX_PAGE = 9_999;
    private static final float DPI = 110f;

    private final ContentStore originals;
    private final Path cache;

    public PageImages(ContentStore originals, Path workdir) {
        this.originals = originals;
        this.cache = workdir.resolve("web-cache").resolve("pages");
    }

    /** True when {@code sha} has the shape of a digest (not that such a file exists). */
    public static boolean isDigest(String sha) {
        return sha != null && SHA256.matcher(sha).matches();
    }

    /**
     * The PNG of {@code page} (1-based) of the original {@code sha}; empty when there is no such original, it is not
     * a PDF, or it has no such page.
     */
    public Optional<Path> page(String sha, int page) throws IOException {
        if (!isDigest(sha) || page < 1 || page > MAX_PAGE) {
            return Optional.empty();
        }
        Path png = cache.resolve(sha.substring(0, 2)).resolve(sha + "-" + page + ".png");
        if (Files.isRegularFile(png)) {
            return Optional.of(png);
        }
        Optional<ContentStore.Stored> stored = originals.stored(sha);
        if (stored.isEmpty() || !isPdf(stored.get().file())) {
            return Optional.empty();
        }
        try (PDDocument doc = Loader.loadPDF(stored.get().file().toFile())) {
            if (page > doc.getNumberOfPages()) {
                return Optional.empty();
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            Files.createDirectories(png.getParent());
            Path tmp = Files.createTempFile(png.getParent(), sha, ".tmp");
            try {
                ImageIO.write(image, "png", tmp.toFile());
                Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Optional.of(png);
        }
    }

    static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return head.length == 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
        }
    }
}
