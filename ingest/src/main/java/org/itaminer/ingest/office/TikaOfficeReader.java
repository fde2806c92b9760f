package org.itaminer.ingest.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.sax.WriteOutContentHandler;
import org.itaminer.ingest.DocumentReader;
import org.itaminer.ingest.Ingest;
import org.itaminer.ingest.IngestException;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.TextSource;
import org.xml.sax.SAXException;
import java.util.Set;
import org.itaminer.ingest.Format;

/**
 * Reads office documents and HTML (DOCX, DOC, ODT, RTF, XLSX, XLS, HTML) with Tika's auto-detecting
 * parser. Tika reports the document as XHTML events; {@code <table>/<tr>/<td>} become tables (method
 * "html"), {@code <p>}, headings and list items become paragraphs, and {@code <div class="page">}
 * (Tika's page or sheet marker) or an HTML element styled {@code page-break-before: always} starts a
 * new page. Tika reports no page breaks for DOCX (Word lays pages out when it renders), so a DOCX is
 * one page. A web page is read as a browser lays it out, without the site around the document
 * ({@link XhtmlLayoutHandler}: menus, breadcrumbs, sidebars and footers left out, rowspans kept in their
 * columns, a heading written a line a paragraph joined, TIS-620 read as windows-874). Embedded documents are not read. {@code Ingest.standard()} sends RTF to
 * {@link org.itaminer.ingest.rtf.RtfReader} instead: Tika's RTF parser loses the tables.
 */
public final class TikaOfficeReader implements DocumentReader {

    /** Built on first use: loading every Tika parser takes a moment that text-only runs need not pay. */
    private static final class ParserHolder {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    /** Characters one document may give: about 7,000 pages of dense text, far above any ITA document. */
    static final int MAX_CHARACTERS = 20_000_000;

    private final PackageLimits packageLimits;
    private final int maxCharacters;

    public TikaOfficeReader() {
        this(PackageLimits.DEFAULT, MAX_CHARACTERS);
    }

    /** With other limits: for tests that build a small bomb. */
    TikaOfficeReader(PackageLimits packageLimits, int maxCharacters) {
        this.packageLimits = packageLimits;
        this.maxCharacters = maxCharacters;
    }

    @Override
    public Set<Format> formats() {
        return Set.of(Format.OFFICE_ZIP, Format.OFFICE_OLE2, Format.HTML);
    }

    @Override
    public LayoutDocument read(Path file) throws IngestException {
        packageLimits.check(file);
        Metadata metadata = new Metadata();
        XhtmlLayoutHandler handler = new XhtmlLayoutHandler(Ingest.detect(file) == Format.HTML);
        try (InputStream in = TikaInputStream.get(file)) {
            if (Files.size(file) == 0) {
                throw new IngestException.EmptyDocumentException("the file is empty (0 bytes)");
            }
            ParseContext context = new ParseContext();
            // keep every HTML element (Tika's default mapping drops <br>, which separates printed lines)
            context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
            context.set(EncodingDetector.class, new ThaiWebEncoding());
            // Tika's AutoDetectParser puts its SecureContentHandler (zip-bomb ratio, nesting depth) around
            // this; the write limit bounds what the layout handler holds
            ParserHolder.PARSER.parse(in, new WriteOutContentHandler(handler, maxCharacters), metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new IngestException.EncryptedDocumentException("the document is password-protected", e);
        } catch (TikaException | SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IngestException.TooLargeDocumentException("the document has more than " + maxCharacters
                        + " characters (the limit for one document)", e);
            }
            if (isBomb(e)) {
                throw new IngestException.TooLargeDocumentException("the document unpacks to far more than its size"
                        + " (a zip bomb?): " + e.getMessage(), e);
            }
            throw new IngestException.CorruptDocumentException("cannot parse the document: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IngestException.CorruptDocumentException("the parser failed on the document: " + e, e);
        }
        List<Page> pages = handler.finish();
        if (pages.stream().allMatch(p -> p.blocks().isEmpty())) {
            throw new IngestException.EmptyDocumentException("the document has no text");
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            type = "application/octet-stream";
        }
        int semi = type.indexOf(';');
        if (semi > 0) {
            type = type.substring(0, semi).strip();
        }
        return new LayoutDocument(type.toLowerCase(Locale.ROOT), TextSource.TEXT, pages, List.of());
    }

    /** Tika's own refusals of a document too large to parse: a zip bomb, a memory limit. */
    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof TikaMemoryLimitException || m.contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
