package org.itaminer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.ingest.Ingest;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Report;
import org.itaminer.pipeline.Workdir;
import org.itaminer.pipeline.run.LocalRunner;
import org.itaminer.pipeline.run.RunListener;

/**
 * A workdir made for the tests by the real pipeline: two plans as text (one with a measure title holding
 * {@code <script>}), อบต.ห้วยยาง's two plans and report from the samples (reconciliation, year over year) and, where
 * a Thai font is installed, the same kind of plan as a PDF with a text layer.
 */
final class WorkspaceFixture {

    static final Path THAI_FONT = Path.of("/usr/share/fonts/truetype/tlwg/Garuda.ttf");

    static final String PLAN_CHONBURI = """
            มาตรการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568
            เทศบาลเมืองบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี

            เทศบาลเมืองบ้านสวนกำหนดมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ดังนี้

            มาตรการที่ 1 การเปิดเผยข้อมูลสาธารณะผ่านเว็บไซต์ของหน่วยงาน
            วิธีการดำเนินการ: 1. แต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูล 2. ตรวจสอบความครบถ้วนของข้อมูลทุกเดือน
            ผู้รับผิดชอบ: สำนักปลัดเทศบาล
            ระยะเวลา: ตลอดปีงบประมาณ พ.ศ. 2568

            มาตรการที่ 2 การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
            วิธีการดำเนินการ: จัดทำคู่มือการจัดการเรื่องร้องเรียนและเผยแพร่ให้ประชาชนทราบ
            ผู้รับผิดชอบ: งานนิติการ
            ระยะเวลา: ไตรมาสที่ 1

            มาตรการที่ 3 ป้ายประกาศไม่รับของขวัญ No Gift Policy
            วิธีการดำเนินการ: ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด
            ผู้รับผิดชอบ: สำนักปลัดเทศบาล
            ระยะเวลา: ต.ค. 67 - ก.ย. 68
            """;

    static final String PLAN_PHATTHALUNG = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567
            องค์การบริหารส่วนตำบลควนขนุน อำเภอควนขนุน จังหวัดพัทลุง

            มาตรการที่ 1 การเพิ่มช่องทางการร้องเรียนการทุจริตของประชาชน
            วิธีการดำเนินการ: เปิดช่องทางร้องเรียนทางเว็บไซต์และโทรศัพท์
            ผู้รับผิดชอบ: สำนักปลัด
            ระยะเวลา: ตลอดปีงบประมาณ พ.ศ. 2567

            มาตรการที่ 2 การส่งเสริมการมีส่วนร่วมของประชาชนในการจัดซื้อจัดจ้าง
            วิธีการดำเนินการ: เชิญผู้แทนชุมชนร่วมตรวจรับงานจ้าง
            ผู้รับผิดชอบ: กองคลัง
            ระยะเวลา: ไตรมาสที่ 2
            """;

    /** The PDF plan's lines (Garuda embedded, so its text layer maps back to Thai). */
    static final List<String> PDF_PLAN = List.of(
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
            "องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองนครนายก จังหวัดนครนายก",
            "",
            "มาตรการที่ 1 การประเมินความเสี่ยงการทุจริตของหน่วยงาน",
            "วิธีการดำเนินการ: จัดทำแผนบริหารความเสี่ยงการทุจริตประจำปี",
            "ผู้รับผิดชอบ: สำนักปลัด",
            "ระยะเวลา: ไตรมาสที่ 1",
            "",
            "มาตรการที่ 2 การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน",
            "วิธีการดำเนินการ: เผยแพร่สรุปผลการจัดซื้อจัดจ้างบนเว็บไซต์",
            "ผู้รับผิดชอบ: กองคลัง",
            "ระยะเวลา: ตลอดปีงบประมาณ พ.ศ. 2568");

    private WorkspaceFixture() {
    }

    /** Builds the workdir under {@code dir}; true when the PDF plan is among its documents. */
    static boolean build(Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(docs.resolve("plan_town_bansuan_2568.txt"), PLAN_CHONBURI, StandardCharsets.UTF_8));
        files.add(Files.writeString(docs.resolve("plan_sao_khuankhanun_2567.txt"), PLAN_PHATTHALUNG,
                StandardCharsets.UTF_8));
        for (String sample : HUAIYANG) {
            files.add(Files.copy(samples().resolve(sample), docs.resolve(sample)));
        }
        boolean pdf = Files.isRegularFile(THAI_FONT);
        if (pdf) {
            files.add(writePdf(docs.resolve("plan_sao_nongbua_2568.pdf")));
        }
        Workdir workdir = new Workdir(dir.resolve("work"));
        new LocalRunner(workdir, Ingest.standard(), 1).run(files, RunListener.none());
        indexHostileCopy(workdir);
        return pdf;
    }

    /** อบต.ห้วยยาง's plans of 2567 and 2568 and its report of 2568, from the bundled samples. */
    static final List<String> HUAIYANG = List.of("plan_sao_huaiyang_2567.txt", "plan_sao_huaiyang_schedule_2568.txt",
            "report_sao_huaiyang_2568.txt");

    /** The repository's {@code samples/}, found by walking up from the working directory (Maven runs in web/). */
    static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("samples").resolve(HUAIYANG.get(0)))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
    }

    /** A title that holds a script. */
    static final String HOSTILE_TITLE = "ป้ายประกาศ <script>alert(1)</script> ไม่รับสินบน";

    /**
     * Text readers strip markup, so no document read by the pipeline keeps a {@code <script>}; a report from another
     * source (or an older itaminer) might. A copy of the Bansuan plan under another id, its first measure's title
     * holding a script, is written straight into the index.
     */
    private static void indexHostileCopy(Workdir workdir) throws IOException {
        Report r = workdir.storedReports().reports().stream()
                .filter(x -> x.source().fileName().startsWith("plan_town_bansuan")).findFirst().orElseThrow();
        Measure m = r.measures().get(0);
        Measure hostile = new Measure(m.seq(), m.number(), HOSTILE_TITLE, m.steps(), m.responsible(), m.period(),
                m.monitoring(), m.result(), m.outcome(), m.recommendation(), m.indicators(), m.extra(), m.page());
        Report copy = new Report(r.schemaVersion(), "e".repeat(64), r.source(), r.title(), r.kind(), r.agency(),
                r.fiscalYear(), r.assessment(), r.indicatorScores(), List.of(hostile), r.warnings());
        try (MeasureIndexWriter writer = MeasureIndexWriter.open(workdir.indexFolder())) {
            writer.indexReport(copy);
            writer.commit();
        }
    }

    static Path workdir(Path dir) {
        return dir.resolve("work");
    }

    private static Path writePdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, THAI_FONT.toFile());
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : PDF_PLAN) {
                    if (!line.isEmpty()) {
                        s.beginText();
                        s.setFont(font, 12);
                        s.newLineAtOffset(50, y);
                        s.showText(line);
                        s.endText();
                    }
                    y -= 22;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
