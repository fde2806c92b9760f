package org.itaminer.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.itaminer.ingest.IngestException;

/**
 * Refuses a zip bomb in an office package (DOCX, XLSX, ODT) before Tika opens it. POI reads a DOCX's
 * {@code word/document.xml} whole into an XML tree, so 300 KB of zip that inflate to 300 MB of
 * white space fill the heap before any content handler sees a character (Tika's {@code SecureContentHandler}
 * only counts characters it is handed, and POI's own ratio check was not reached on that path, seen with
 * Tika 3.3.1 and POI 5.5.1). Each entry is inflated here and counted, holding nothing; declared sizes are not
 * trusted.
 *
 * @param maxEntryBytes inflated bytes one entry may have
 * @param maxPackageBytes inflated bytes all entries may have together
 */
record PackageLimits(long maxEntryBytes, long maxPackageBytes) {

    /** 64 MB an entry, 256 MB a package: a real ITA document's XML is a few MB at most. */
    static final PackageLimits DEFAULT = new PackageLimits(64L << 20, 256L << 20);

    /** @throws IngestException.TooLargeDocumentException when the package inflates past a limit */
    void check(Path file) throws IngestException.TooLargeDocumentException {
        if (!isZip(file)) {
            return;
        }
        byte[] buffer = new byte[65536];
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int r; (r = in.read(buffer)) != -1; ) {
                        size += r;
                        if (size > maxEntryBytes) {
                            throw new IngestException.TooLargeDocumentException("a part of the document ("
                                    + entry.getName() + ") unpacks to more than " + mb(maxEntryBytes)
                                    + " (the limit for one part; a zip bomb?)");
                        }
                        if (total + size > maxPackageBytes) {
                            throw new IngestException.TooLargeDocumentException("the document unpacks to more than "
                                    + mb(maxPackageBytes) + " (the limit for one document; a zip bomb?)");
                        }
                    }
                }
                total += size;
            }
        } catch (IOException e) {
            // not a zip Java can read: Tika says what is wrong with it, in its own words
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
