package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Decompression bombs: a page whose content streams are Flate data of a short pattern repeated, a few
 * hundred KB on disk for hundreds of MB decoded. Written through a deflater, never held whole in memory.
 */
final class BombPdf {

    /** Blank content: PDF white space, harmless to the parser, only big. */
    static final String ZEROS = "\0";
    /** Text drawn over and over: every repeat is eight more glyphs for the page. */
    static final String TEXT = "BT /F1 12 Tf 72 720 Td (abcdefgh) Tj ET\n";

    private BombPdf() {
    }

    /**
     * @param streams content streams of the one page
     * @param megabytes decoded size of each
     * @param pattern what each stream repeats
     */
    static Path write(Path file, int streams, int megabytes, String pattern) throws IOException {
        byte[] unit = pattern.getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = unit[i % unit.length];
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSArray contents = new COSArray();
            for (int s = 0; s < streams; s++) {
                COSStream stream = doc.getDocument().createCOSStream();
                try (OutputStream raw = stream.createRawOutputStream();
                        DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
                    for (int m = 0; m < megabytes; m++) {
                        z.write(chunk);
                    }
                }
                stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                contents.add(stream);
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.save(file.toFile());
        }
        return file;
    }
}
