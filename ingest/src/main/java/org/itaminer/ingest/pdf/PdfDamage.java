package org.itaminer.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.itaminer.ingest.IngestException;

/**
 * What a PDF lost, found before its pages are read. PDFBox's lenient parser repairs what it can without a
 * word: a file cut short gets its cross-reference table rebuilt from the objects it still has, a reference
 * to a lost object reads as null, a Flate stream broken in the middle decodes to its first part. So the
 * file is looked at on its own terms: is its end (startxref and %%EOF) where a PDF's end is, which
 * referenced objects are missing, and does every stream decode to its end. The same pass counts the decoded
 * bytes against {@link StreamLimits}, without holding them, so a decompression bomb is refused before
 * PDFBox builds anything from it.
 */
final class PdfDamage {

    /** PDFBox looks this far back from the end for startxref and %%EOF; so do we. */
    private static final int TAIL = 2048;
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})");
    private static final Pattern OBJECT_HEAD = Pattern.compile("^\\s*(xref|\\d+\\s+\\d+\\s+obj)");
    /** Filters of image data: the reader never decodes images, so neither does the check. */
    private static final Set<String> IMAGE_FILTERS = Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
            "CCITTFaxDecode", "CCF");

    private final Optional<String> structure;
    private final int referenced;
    private final int missing;
    private final Set<COSStream> broken;

    private PdfDamage(Optional<String> structure, int referenced, int missing, Set<COSStream> broken) {
        this.structure = structure;
        this.referenced = referenced;
        this.missing = missing;
        this.broken = broken;
    }

    /**
     * Looks at the file's end, walks every object reachable from the trailer and decodes every stream
     * that is not an image, counting bytes.
     *
     * @throws IngestException.TooLargeDocumentException when the decoded streams exceed the limits
     */
    static PdfDamage inspect(Path file, PDDocument document, StreamLimits limits)
            throws IngestException.TooLargeDocumentException {
        Optional<String> structure = structure(file);
        Set<COSObjectKey> seen = new HashSet<>();
        Set<COSStream> broken = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getDocument().getTrailer());
        int missing = 0;
        long total = 0;
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject ref) {
                if (!seen.add(ref.getKey())) {
                    continue;
                }
                COSBase target = ref.getObject();
                if (target == null || target instanceof COSNull) {
                    missing++;
                    continue;
                }
                base = target;
            }
            if (base instanceof COSStream stream) {
                long decoded = decodedSize(stream, limits, broken);
                total += decoded;
                if (total > limits.maxDocumentBytes()) {
                    throw new IngestException.TooLargeDocumentException("the PDF's streams decode to more than "
                            + StreamLimits.size(limits.maxDocumentBytes()) + " (the limit for one document)");
                }
            }
            if (base instanceof COSDictionary dict) {
                for (COSBase value : dict.getValues()) {
                    todo.push(value);
                }
            } else if (base instanceof COSArray array) {
                for (COSBase value : array) {
                    todo.push(value);
                }
            }
        }
        return new PdfDamage(structure, seen.size(), missing, broken);
    }

    /** What is wrong with the file's end, if anything: it is where a truncation or a bad save shows. */
    static Optional<String> structure(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.min(TAIL, size);
            ByteBuffer tail = ByteBuffer.allocate(n);
            ch.read(tail, size - n);
            String end = new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1);
            if (!end.contains("%%EOF")) {
                return Optional.of("the file is cut short, no end-of-file marker");
            }
            Matcher m = STARTXREF.matcher(end);
            long offset = -1;
            while (m.find()) {
                offset = Long.parseLong(m.group(1));
            }
            if (offset < 0) {
                return Optional.of("no startxref, the cross-reference table cannot be found");
            }
            if (offset >= size) {
                return Optional.of("startxref points past the end of the file");
            }
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(64, size - offset));
            ch.read(head, offset);
            String at = new String(head.array(), 0, head.position(), StandardCharsets.ISO_8859_1);
            return OBJECT_HEAD.matcher(at).find() ? Optional.empty()
                    : Optional.of("startxref does not point at a cross-reference table");
        } catch (IOException e) {
            return Optional.of("its end cannot be read: " + e.getMessage());
        }
    }

    /**
     * The stream's decoded size, reading it to its end and holding nothing; a stream that does not decode
     * to its end goes into {@code broken}. Flate (nearly every stream) is inflated here rather than by
     * PDFBox, whose decoder stops quietly at a broken block.
     */
    private static long decodedSize(COSStream stream, StreamLimits limits, Set<COSStream> broken)
            throws IngestException.TooLargeDocumentException {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                || COSName.EMBEDDED_FILE.equals(stream.getCOSName(COSName.TYPE))) {
            return 0;
        }
        List<String> filters = filters(stream.getFilters());
        if (filters.stream().anyMatch(IMAGE_FILTERS::contains)) {
            return 0;
        }
        byte[] buffer = new byte[8192];
        long size = 0;
        boolean flate = filters.size() == 1 && (filters.get(0).equals("FlateDecode") || filters.get(0).equals("Fl"));
        try (InputStream in = flate ? stream.createRawInputStream() : stream.createInputStream()) {
            if (flate) {
                size = inflatedSize(in, limits.maxStreamBytes());
            } else {
                for (int r; (r = in.read(buffer)) != -1; ) {
                    size += r;
                    if (size > limits.maxStreamBytes()) {
                        break;
                    }
                }
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
            broken.add(stream);
            return size;
        }
        if (size < 0) {
            broken.add(stream);
            return -size;
        }
        if (size > limits.maxStreamBytes()) {
            throw new IngestException.TooLargeDocumentException("a stream of the PDF decodes to more than "
                    + StreamLimits.size(limits.maxStreamBytes()) + " (the limit for one stream; a decompression bomb?)");
        }
        return size;
    }

    /**
     * Inflates a zlib stream, counting and dropping the output; stops past {@code max}. A negative result
     * is the count so far of a stream that ends before its last block.
     */
    private static long inflatedSize(InputStream raw, long max) throws IOException, DataFormatException {
        Inflater inflater = new Inflater();
        try {
            byte[] in = new byte[8192];
            byte[] out = new byte[65536];
            long size = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    int r = raw.read(in);
                    if (r == -1) {
                        return -size; // the data ends before the stream does
                    }
                    inflater.setInput(in, 0, r);
                }
                int n = inflater.inflate(out);
                size += n;
                if (size > max) {
                    return size;
                }
                if (n == 0 && inflater.needsDictionary()) {
                    throw new DataFormatException("needs a preset dictionary");
                }
            }
            return size;
        } finally {
            inflater.end();
        }
    }

    private static List<String> filters(COSBase filter) {
        if (filter instanceof COSName name) {
            return List.of(name.getName());
        }
        if (filter instanceof COSArray array) {
            return array.toList().stream().filter(b -> b instanceof COSName).map(b -> ((COSName) b).getName()).toList();
        }
        return List.of();
    }

    /** What is wrong with the file's end (cut short, no cross-reference table), if anything. */
    Optional<String> structure() {
        return structure;
    }

    /** Objects referenced somewhere in the file. */
    int referenced() {
        return referenced;
    }

    /** Referenced objects the file does not have (or that could not be parsed). */
    int missing() {
        return missing;
    }

    /** True when one of the page's content streams does not decode to its end. */
    boolean contentBroken(PDPage page) {
        if (broken.isEmpty()) {
            return false;
        }
        try {
            for (var it = page.getContentStreams(); it.hasNext(); ) {
                if (broken.contains(it.next().getCOSObject())) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return true;
        }
        return false;
    }

    /** Streams that do not decode to their end. */
    int brokenStreams() {
        return broken.size();
    }

    /** True when anything at all was found wrong. */
    boolean any() {
        return structure.isPresent() || missing > 0 || !broken.isEmpty();
    }
}
