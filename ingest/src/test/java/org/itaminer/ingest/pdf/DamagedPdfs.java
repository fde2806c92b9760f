package org.itaminer.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PDFs written byte by byte, laid out as Word's "save as PDF" lays out a Thai report: catalog, page tree,
 * each page and its Flate content stream first, then the font, and the font's Unicode map (ToUnicode) last.
 * The glyph codes of the Thai letters are their code points moved to 0x0100 (as a Thai font's glyph ids
 * are), so a reader that lost the Unicode map reads "ĭĶŅĵĚ" where the page says "มาตรการ". Cutting
 * the file or writing junk into it then gives the damage real files have; the offsets of the objects say
 * where to cut.
 */
final class DamagedPdfs {

    /** A written PDF and where each object starts (index = object number). */
    record Written(byte[] bytes, long[] offsets) {
        /** Offset of the Unicode map: a cut there keeps every page and the font, not the map. */
        long unicodeMap() {
            return offsets[offsets.length - 1];
        }

        Path save(Path file) throws IOException {
            return Files.write(file, bytes);
        }

        /** The first {@code length} bytes. */
        Path cut(Path file, long length) throws IOException {
            return Files.write(file, Arrays.copyOf(bytes, (int) length));
        }

        /** The file with {@code length} bytes of seeded junk written over it from {@code from}. */
        Path garble(Path file, long from, int length) throws IOException {
            byte[] copy = bytes.clone();
            byte[] junk = new byte[length];
            new Random(42).nextBytes(junk);
            System.arraycopy(junk, 0, copy, (int) from, length);
            return Files.write(file, copy);
        }

        /** Where the compressed data of page {@code page}'s content stream starts (1-based page). */
        long contentData(int page) {
            long obj = offsets[4 + (page - 1) * 2];
            String head = new String(bytes, (int) obj, 200, StandardCharsets.ISO_8859_1);
            return obj + head.indexOf("stream\n") + "stream\n".length();
        }
    }

    private DamagedPdfs() {
    }

    static final List<List<String>> REPORT = List.of(
            List.of("รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรม", "องค์การบริหารส่วนตำบลหนองบัวทอง",
                    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้สาธารณชนทราบ"),
            List.of("จัดทำคู่มือช่องทางการร้องเรียนการทุจริต", "ผู้รับผิดชอบ สำนักปลัด",
                    "ผลการดำเนินงาน ดำเนินการแล้วเสร็จ", "ประชุมชี้แจงแผนปฏิบัติการป้องกันการทุจริต"),
            List.of("ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ผู้รับผิดชอบ กองคลัง",
                    "ระยะเวลา ตุลาคม ๒๕๖๖ ถึง กันยายน ๒๕๖๗", "รายงานผลต่อผู้บริหาร ทุกไตรมาส"),
            List.of("ลงชื่อ ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ", "นายกองค์การบริหารส่วนตำบลหนองบัวทอง",
                    "วันที่ ๓๐ กันยายน ๒๕๖๗", "หน่วยงานได้เผยแพร่รายงานบนเว็บไซต์แล้ว"));

    /** The Thai report above, one page per list of lines. */
    static Written report() throws IOException {
        return write(REPORT);
    }

    static Written write(List<List<String>> pages) throws IOException {
        List<byte[]> objects = new ArrayList<>();
        int n = pages.size();
        int font = 3 + 2 * n;
        StringBuilder kids = new StringBuilder();
        for (int p = 0; p < n; p++) {
            kids.append(3 + 2 * p).append(" 0 R ");
        }
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>"));
        for (int p = 0; p < n; p++) {
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
                    + font + " 0 R >> >> /Contents " + (4 + 2 * p) + " 0 R >>"));
            objects.add(stream("/Filter /FlateDecode ", deflate(content(pages.get(p)))));
        }
        objects.add(ascii("<< /Type /Font /Subtype /Type0 /BaseFont /BCDEEE+THSarabunPSK /Encoding /Identity-H"
                + " /DescendantFonts [" + (font + 1) + " 0 R] /ToUnicode " + (font + 3) + " 0 R >>"));
        // marks (SARA AM's NIKHAHIT, upper vowels, tone marks) have no width, as in a Thai font
        objects.add(ascii("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /BCDEEE+THSarabunPSK"
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                + " /FontDescriptor " + (font + 2) + " 0 R /DW 500 /W [305 [0] 308 314 0 327 334 0]"
                + " /CIDToGIDMap /Identity >>"));
        objects.add(ascii("<< /Type /FontDescriptor /FontName /BCDEEE+THSarabunPSK /Flags 32 /ItalicAngle 0"
                + " /Ascent 850 /Descent -250 /CapHeight 850 /StemV 39 /FontBBox [-466 -250 947 850] >>"));
        objects.add(stream("", ascii(String.join("\n",
                "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
                "1 begincodespacerange <0000> <FFFF> endcodespacerange",
                "2 beginbfrange <0020> <007E> <0020> <0101> <017F> <0E01> endbfrange",
                "endcmap CMapName currentdict /CMap defineresource pop end end"))));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size() + 1];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i + 1] = out.size();
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int i = 1; i < offsets.length; i++) {
            table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offsets[i]));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return new Written(out.toByteArray(), offsets);
    }

    /** Each line in glyph codes: a Thai letter at its code point - 0x0E00 + 0x0100, other characters as they are. */
    private static byte[] content(List<String> lines) {
        StringBuilder cs = new StringBuilder("BT\n/F1 16 Tf\n");
        float y = 780;
        for (String line : lines) {
            StringBuilder hex = new StringBuilder();
            for (char c : line.toCharArray()) {
                int code = c >= 0x0E00 && c <= 0x0E7F ? c - 0x0E00 + 0x0100 : c;
                hex.append(String.format(Locale.ROOT, "%04X", code));
            }
            cs.append(String.format(Locale.ROOT, "1 0 0 1 60 %.0f Tm <%s> Tj\n", y, hex));
            y -= 24;
        }
        return ascii(cs.append("ET\n").toString());
    }

    private static byte[] stream(String dict, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< " + dict + "/Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
