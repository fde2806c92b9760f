package org.itaminer.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.layout.Block;
import org.itaminer.model.layout.Cell;
import org.itaminer.model.layout.LayoutDocument;
import org.itaminer.model.layout.Page;
import org.itaminer.model.layout.Paragraph;
import org.itaminer.model.layout.Row;
import org.itaminer.model.layout.Table;
import org.jsoup.nodes.Entities;

/**
 * Writes the DOCX and HTML forms of a text-form sample, as an agency's clerk would have typed the same
 * document in Word (and saved it as a web page): each paragraph one Word paragraph with its printed lines
 * separated by line breaks, each table a real Word table with one paragraph per cell paragraph, a row
 * holding one cell merged across the table (gridSpan / colspan), a page break where the text form starts
 * a new page, TH Sarabun New 16 pt throughout. A one-off kept in test code (POI comes with Tika; no new
 * dependency); run it from the repository root when a sample's text changes:
 * <pre>
 * mvn -q -pl cli -am test-compile
 * mvn -q -pl cli dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "cli/target/test-classes:cli/target/classes:extract/target/classes:ingest/target/classes:$(tr ':' '\n' \
 *     &lt; cli/target/cp.txt | grep -v /org/itaminer/ | paste -sd:)" org.itaminer.cli.OfficeSampleWriter samples/NAME.txt
 * </pre>
 * (the project's own modules come from their {@code target/classes}, never from a stale jar in ~/.m2).
 */
public final class OfficeSampleWriter {

    static final String FONT = "TH Sarabun New";

    private OfficeSampleWriter() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path txt = Path.of(arg);
            LayoutDocument layout = Ingest.standard().read(txt);
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Path docx = txt.resolveSibling(base + ".docx");
            Path html = txt.resolveSibling(base + ".html");
            writeDocx(layout, docx);
            writeHtml(layout, html);
            System.out.println("wrote " + docx + " and " + html);
        }
    }

    static void writeDocx(LayoutDocument layout, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            for (Page page : layout.pages()) {
                if (page.number() > 1) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
                for (Block block : page.blocks()) {
                    if (block instanceof Paragraph p) {
                        XWPFParagraph para = doc.createParagraph();
                        for (int i = 0; i < p.lines().size(); i++) {
                            XWPFRun run = run(para);
                            if (i > 0) {
                                run.addBreak(); // a printed line inside one paragraph, like Shift+Enter in Word
                            }
                            run.setText(p.lines().get(i));
                        }
                    } else {
                        writeTable(doc, (Table) block);
                    }
                }
            }
            doc.write(os);
        }
    }

    private static void writeTable(XWPFDocument doc, Table table) {
        int columns = table.columnCount();
        XWPFTable t = doc.createTable();
        boolean first = true;
        for (Row row : table.rows()) {
            XWPFTableRow r = first ? t.getRow(0) : t.createRow();
            first = false;
            // createRow copies the first row's cell count; keep exactly the cells this row has
            while (r.getTableCells().size() > row.cells().size() && r.getTableCells().size() > 1) {
                r.removeCell(r.getTableCells().size() - 1);
            }
            for (int c = 0; c < row.cells().size(); c++) {
                XWPFTableCell cell = c < r.getTableCells().size() ? r.getCell(c) : r.addNewTableCell();
                Cell source = row.cell(c);
                int span = row.cells().size() == 1 && columns > 1 ? columns : source.columnSpan();
                if (span > 1) {
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                List<String> paragraphs = source.paragraphs();
                for (int i = 0; i < paragraphs.size(); i++) {
                    XWPFParagraph para = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    run(para).setText(paragraphs.get(i));
                }
            }
        }
    }

    private static XWPFRun run(XWPFParagraph para) {
        XWPFRun run = para.createRun();
        run.setFontFamily(FONT);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.cs); // Thai is a complex script: Word uses the cs font
        run.setFontSize(16);
        return run;
    }

    static void writeHtml(LayoutDocument layout, Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<style>body { font-family: '").append(FONT).append("', sans-serif; font-size: 16pt; }\n")
                .append("table { border-collapse: collapse; } td, th { border: 1px solid black; vertical-align: top; }</style>\n")
                .append("</head>\n<body>\n");
        for (Page page : layout.pages()) {
            if (page.number() > 1) {
                sb.append("<br clear=\"all\" style=\"page-break-before: always\">\n");
            }
            for (Block block : page.blocks()) {
                if (block instanceof Paragraph p) {
                    sb.append("<p>");
                    for (int i = 0; i < p.lines().size(); i++) {
                        sb.append(i > 0 ? "<br>\n" : "").append(escape(p.lines().get(i)));
                    }
                    sb.append("</p>\n");
                } else {
                    Table table = (Table) block;
                    int columns = table.columnCount();
                    sb.append("<table>\n");
                    boolean header = true;
                    for (Row row : table.rows()) {
                        sb.append("<tr>");
                        for (Cell cell : row.cells()) {
                            int span = row.cells().size() == 1 && columns > 1 ? columns : cell.columnSpan();
                            String tag = header ? "th" : "td";
                            sb.append('<').append(tag).append(span > 1 ? " colspan=\"" + span + "\"" : "").append('>');
                            for (String p : cell.paragraphs()) {
                                sb.append("<p>").append(escape(p)).append("</p>");
                            }
                            sb.append("</").append(tag).append('>');
                        }
                        sb.append("</tr>\n");
                        header = false;
                    }
                    sb.append("</table>\n");
                }
            }
        }
        sb.append("</body>\n</html>\n");
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return Entities.escape(s);
    }
}
