package org.itaminer.ingest.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.FailureKind;
import org.itaminer.model.layout.LayoutDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip bombs in office files fail alone as too large, not as corrupt and not by taking the heap. */
class OfficeBombTest {

    @TempDir
    Path tmp;

    /** A DOCX whose body is {@code megabytes} MB of {@code filler} (white space, or one Thai paragraph). */
    private Path docx(String name, int megabytes, boolean thai) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
            doc.write(plain);
        }
        Path file = tmp.resolve(name);
        byte[] chunk = new byte[1 << 20];
        if (thai) {
            byte[] ko = "ก".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + 3 <= chunk.length; i += 3) {
                System.arraycopy(ko, 0, chunk, i, 3);
            }
            chunk = java.util.Arrays.copyOf(chunk, chunk.length / 3 * 3);
        } else {
            java.util.Arrays.fill(chunk, (byte) ' ');
        }
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    OutputStream o = out;
                    o.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    o.write((thai ? "<w:p><w:r><w:t>" : "").getBytes(StandardCharsets.UTF_8));
                    for (int m = 0; m < megabytes; m++) {
                        o.write(chunk);
                    }
                    o.write((thai ? "</w:t></w:r></w:p>" : "").getBytes(StandardCharsets.UTF_8));
                    o.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** The bomb of the issue, in Word form: ~300 KB that unpack to 300 MB of white space for POI's XML tree. */
    @Test
    void a300MegabyteDocxIsTooLarge() throws Exception {
        Path bomb = docx("bomb.docx", 300, false);
        assertTrue(Files.size(bomb) < 1_000_000, Files.size(bomb) + " bytes");
        IngestException e = assertThrows(IngestException.class, () -> new TikaOfficeReader().read(bomb));
        assertEquals(FailureKind.TOO_LARGE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("word/document.xml") && e.getMessage().contains("64 MB"), e.getMessage());
    }

    @Test
    void aPackageOverASmallLimitIsTooLarge() throws Exception {
        Path bomb = docx("small.docx", 3, false);
        IngestException e = assertThrows(IngestException.TooLargeDocumentException.class,
                () -> new TikaOfficeReader(new PackageLimits(1 << 20, 8 << 20), 1_000_000).read(bomb));
        assertTrue(e.getMessage().contains("more than 1 MB"), e.getMessage());
    }

    /** Text that unpacks a thousand times over trips Tika's SecureContentHandler: too large, not corrupt. */
    @Test
    void tikasZipBombCheckIsTooLarge() throws Exception {
        Path bomb = docx("thai.docx", 12, true);
        IngestException e = assertThrows(IngestException.class, () -> new TikaOfficeReader().read(bomb));
        assertEquals(FailureKind.TOO_LARGE, e.kind(), e.getMessage());
    }

    @Test
    void moreCharactersThanTheWriteLimitIsTooLarge() throws Exception {
        Path doc = docx("long.docx", 1, true);
        IngestException e = assertThrows(IngestException.class,
                () -> new TikaOfficeReader(PackageLimits.DEFAULT, 100_000).read(doc));
        assertEquals(FailureKind.TOO_LARGE, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("more than 100000 characters"), e.getMessage());
    }

    @Test
    void anOrdinaryDocxReadsWithinTheLimits() throws Exception {
        LayoutDocument doc = new TikaOfficeReader().read(docx("plain.docx", 0, false));
        assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", doc.blocks().findFirst().orElseThrow()
                .toString().replaceAll("^Paragraph\\[lines=\\[|\\]\\]$", ""));
    }
}
