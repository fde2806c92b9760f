package org.itaminer.pipeline.genre;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.itaminer.model.report.Agency;
import org.itaminer.pipeline.genre.HtmlStyle.Charset;
import org.itaminer.pipeline.genre.HtmlStyle.Wrapper;

/**
 * The page around a document's content, as agencies publish it: bare, Word's "save as web page" (its namespaces,
 * {@code MsoNormal} paragraphs, source lines wrapped at 76 columns), or a website page whose menu, breadcrumb,
 * sidebar links (to other agencies too) and footer (the agency's address, a visitor counter) must not be read as the
 * document; then the bytes in UTF-8 or windows-874 (characters it lacks as {@code &#N;}).
 */
final class HtmlPage {

    private static final List<String> MENU = List.of("หน้าหลัก", "ข้อมูลพื้นฐาน", "โครงสร้างหน่วยงาน", "แผนพัฒนาท้องถิ่น",
            "ข่าวประชาสัมพันธ์", "ประกาศจัดซื้อจัดจ้าง", "การประเมิน ITA", "ติดต่อเรา");
    private static final List<String> SUBMENU = List.of("ประวัติความเป็นมา", "วิสัยทัศน์/พันธกิจ", "อำนาจหน้าที่",
            "คณะผู้บริหาร");
    private static final List<String> LINKS = List.of("สำนักงาน ป.ป.ช.", "กรมส่งเสริมการปกครองท้องถิ่น",
            "ศูนย์ดำรงธรรม", "ระบบร้องเรียนการทุจริตและประพฤติมิชอบ", "ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์ของราชการ");

    private HtmlPage() {
    }

    static byte[] wrap(GenreDocument doc, HtmlStyle style, String content) {
        Agency a = doc.expected().agency();
        Random r = new Random(doc.name().hashCode());
        String charset = style.charset() == Charset.UTF_8 ? "utf-8" : r.nextBoolean() ? "windows-874" : "tis-620";
        String page = switch (style.wrapper()) {
            case BARE -> "<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n" + meta(charset, r) + "<title>"
                    + a.name() + "</title>\n</head>\n<body>\n" + content + "</body>\n</html>\n";
            case WORD -> wordWrap(word(charset, content));
            case CMS_HTML5, CMS_DIVS -> cms(style.wrapper() == Wrapper.CMS_HTML5, a, charset, r, content);
        };
        return encode(page, style.charset());
    }

    private static String meta(String charset, Random r) {
        return r.nextBoolean() ? "<meta charset=\"" + charset + "\">\n"
                : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n";
    }

    private static String word(String charset, String content) {
        return "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
                + "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n"
                + "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=" + charset + "\">\n"
                + "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
                + "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:16.0pt;\n\t"
                + "font-family:\"TH SarabunPSK\",sans-serif;}\n@page WordSection1\n\t{size:595.3pt 841.9pt;}\n"
                + "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n</head>\n\n"
                + "<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>\n\n<div class=WordSection1>\n\n"
                + content + "\n</div>\n\n</body>\n\n</html>\n";
    }

    /** Word writes its HTML source in lines of at most 76 characters, breaking at a space (in text too). */
    static String wordWrap(String html) {
        StringBuilder out = new StringBuilder(html.length() + html.length() / 40);
        for (String line : html.split("\n", -1)) {
            String rest = line;
            while (rest.length() > 76) {
                int cut = rest.lastIndexOf(' ', 76);
                if (cut <= 0) {
                    cut = rest.indexOf(' ', 76);
                }
                if (cut <= 0) {
                    break;
                }
                out.append(rest, 0, cut).append("\r\n");
                rest = rest.substring(cut + 1);
            }
            out.append(rest).append("\r\n");
        }
        return out.toString();
    }

    private static String cms(boolean html5, Agency a, String charset, Random r, String content) {
        String place = placeLine(a);
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n").append(meta(charset, r))
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(a.name()).append(" | มาตรการส่งเสริมคุณธรรม</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/themes/default/style.css\">\n</head>\n<body>\n")
                .append(html5 ? "<div class=\"container\">\n" : "<div id=\"wrapper\">\n");
        b.append(html5 ? "<header class=\"site-header\">\n" : "<div id=\"header\">\n")
                .append("<div class=\"logo\"><img src=\"/images/logo.png\" alt=\"ตราสัญลักษณ์\"></div>\n")
                .append("<div class=\"site-name\">").append(a.name()).append("</div>\n<div class=\"slogan\">")
                .append(place).append("</div>\n").append(html5 ? "</header>\n" : "</div>\n");
        b.append(html5 ? "<nav class=\"navbar\">\n<ul class=\"nav\">\n" : "<div id=\"menu\">\n<ul class=\"mainmenu\">\n");
        for (String m : MENU) {
            b.append("<li><a href=\"#\">").append(m).append("</a>");
            if (m.equals("ข้อมูลพื้นฐาน")) {
                b.append("\n<ul class=\"dropdown\">");
                SUBMENU.forEach(s -> b.append("<li><a href=\"#\">").append(s).append("</a></li>"));
                b.append("</ul>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n").append(html5 ? "</nav>\n" : "</div>\n");
        b.append(html5 ? "<main>\n" : "<div id=\"main\">\n")
                .append("<div class=\"breadcrumb\"><a href=\"/\">หน้าหลัก</a> &raquo; <a href=\"#\">การประเมิน ITA</a>"
                        + " &raquo; มาตรการส่งเสริมคุณธรรมและความโปร่งใส</div>\n")
                .append(html5 ? "<article class=\"post\">\n" : "<div id=\"content\">\n<div class=\"post\">\n")
                .append(byline(r))
                .append(content)
                .append(html5 ? "</article>\n" : "</div>\n</div>\n");
        b.append(html5 ? "<aside class=\"sidebar\">\n" : "<div id=\"sidebar\">\n")
                .append("<h3 class=\"widget-title\">ลิงก์หน่วยงาน</h3>\n<ul>\n");
        LINKS.forEach(l -> b.append("<li><a href=\"#\">").append(l).append("</a></li>\n"));
        b.append("</ul>\n").append(html5 ? "</aside>\n</main>\n" : "</div>\n</div>\n");
        int today = 10 + r.nextInt(90);
        b.append(html5 ? "<footer class=\"site-footer\">\n" : "<div id=\"footer\">\n")
                .append("<p>").append(a.name()).append("</p>\n<p>ที่ทำการ ").append(1 + r.nextInt(200))
                .append(" หมู่ที่ ").append(1 + r.nextInt(12)).append(" ").append(place).append(" ")
                .append(30000 + r.nextInt(60000)).append("</p>\n<p>โทรศัพท์ 0-4").append(100 + r.nextInt(900))
                .append("-").append(1000 + r.nextInt(9000)).append(" โทรสาร 0-4").append(100 + r.nextInt(900))
                .append("-").append(1000 + r.nextInt(9000)).append("</p>\n")
                .append("<div class=\"counter\">สถิติผู้เข้าชม วันนี้ ").append(today).append(" คน<br>ทั้งหมด ")
                .append(String.format("%,d", 10_000 + r.nextInt(500_000))).append(" คน</div>\n")
                .append("<p>Copyright &copy; ").append(2020 + r.nextInt(5)).append(" All rights reserved.</p>\n")
                .append(html5 ? "</footer>\n" : "</div>\n");
        return b.append("</div>\n</body>\n</html>\n").toString();
    }

    /** The post's date and views that a website prints over the document, or nothing. */
    private static String byline(Random r) {
        if (r.nextBoolean()) {
            return "";
        }
        return "<div class=\"post-meta\"><span class=\"date\">โพสต์เมื่อ " + (1 + r.nextInt(28)) + " "
                + ThaiForms.ABBR[r.nextInt(12)] + " " + (2566 + r.nextInt(3)) + " เวลา " + (8 + r.nextInt(9)) + ":"
                + (10 + r.nextInt(50)) + " น.</span> | <span class=\"views\">เปิดอ่าน " + (20 + r.nextInt(900))
                + " ครั้ง</span></div>\n";
    }

    /** ตำบล/อำเภอ/จังหวัด as an address writes them. */
    private static String placeLine(Agency a) {
        StringBuilder b = new StringBuilder();
        a.optionalDistrict().ifPresent(d -> b.append("อำเภอ").append(d).append(' '));
        a.optionalProvince().ifPresent(p -> b.append("จังหวัด").append(p));
        return b.toString().strip();
    }

    private static byte[] encode(String page, Charset charset) {
        if (charset == Charset.UTF_8) {
            return page.getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder enc = java.nio.charset.Charset.forName("x-windows-874").newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder b = new StringBuilder(page.length());
        page.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            b.append(enc.canEncode(ch) ? ch : "&#" + cp + ";");
        });
        try {
            ByteBuffer bytes = enc.encode(CharBuffer.wrap(b));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
