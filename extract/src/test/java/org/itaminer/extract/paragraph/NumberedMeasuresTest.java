package org.itaminer.extract.paragraph;

import static org.itaminer.extract.paragraph.ParagraphDocuments.describe;
import static org.itaminer.extract.paragraph.ParagraphDocuments.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.itaminer.model.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One plan of three measures written as numbered paragraphs, in every numbering style of the measures, with
 * steps numbered in another style under them, each label style (colon, tab, space, label alone on its line)
 * and Thai or Arabic digits; the plan's own sections before the measures are numbered too. Whatever the
 * style, the same three measures come out.
 */
class NumberedMeasuresTest {

    /** How a label and its value are written. */
    enum LabelStyle {
        COLON, TAB, SPACE, ALONE;

        /** A label the project knows, and its value. */
        String known(String label, String value) {
            return switch (this) {
                case COLON -> label + ": " + value;
                case TAB -> label + "\t" + value;
                case SPACE -> label + " " + value;
                case ALONE -> label + "\n" + value;
            };
        }

        /** A label the project has never seen: only a colon or a tab tells it is one. */
        String unknown(String label, String value) {
            return this == TAB ? label + "\t" + value : label + ": " + value;
        }

        /** A label whose value is the list on the next lines. */
        String listLabel(String label) {
            return this == COLON ? label + ":" : label;
        }
    }

    /** A numbering style: how item {@code n} is printed, and the number it reads back as. */
    record Numbering(String name, IntFunction<String> marker, IntFunction<String> number) {
        static Numbering of(String name, String format) {
            return new Numbering(name, n -> String.format(format, n), String::valueOf);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Numbering HEADED = Numbering.of("มาตรการที่ N", "มาตรการที่ %d ");
    private static final Numbering GUIDELINE = Numbering.of("แนวทางที่ N", "แนวทางที่ %d ");
    private static final Numbering DOT = Numbering.of("N.", "%d. ");
    private static final Numbering PAREN = Numbering.of("(N)", "(%d) ");
    private static final Numbering HALF_PAREN = Numbering.of("N)", "%d) ");
    private static final Numbering DECIMAL = new Numbering("3.N", n -> "3." + n + " ", n -> "3." + n);
    private static final Numbering LETTER = new Numbering("ก.", n -> "กขคง".charAt(n - 1) + ". ", n -> "-");
    private static final Numbering DASH = new Numbering("-", n -> "- ", n -> "-");
    private static final Numbering BULLET = new Numbering("•", n -> "• ", n -> "-");
    private static final Numbering SUB_DECIMAL = new Numbering("3.M.N", n -> "3.1." + n + " ", n -> "-");

    /** measure numbering, step numbering, numbering of the plan's own sections. */
    static Stream<Arguments> styles() {
        List<Numbering[]> numberings = List.of(
                new Numbering[] {HEADED, HALF_PAREN, DOT},
                new Numbering[] {GUIDELINE, DASH, DOT},
                new Numbering[] {DOT, PAREN, DOT},
                new Numbering[] {DOT, LETTER, PAREN},
                new Numbering[] {PAREN, DOT, LETTER},
                new Numbering[] {PAREN, BULLET, PAREN},
                new Numbering[] {HALF_PAREN, LETTER, DOT},
                new Numbering[] {HALF_PAREN, PAREN, HALF_PAREN},
                new Numbering[] {DECIMAL, SUB_DECIMAL, DOT},
                new Numbering[] {DECIMAL, PAREN, DOT});
        List<Arguments> out = new ArrayList<>();
        for (Numbering[] n : numberings) {
            for (LabelStyle labels : LabelStyle.values()) {
                for (boolean thai : new boolean[] {false, true}) {
                    out.add(Arguments.of(n[0], n[1], n[2], labels, thai ? "Thai digits" : "Arabic digits"));
                }
            }
        }
        return out.stream();
    }

    static String plan(Numbering measure, Numbering step, Numbering section, LabelStyle l) {
        return String.join("\n",
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
                "องค์การบริหารส่วนตำบลหนองน้ำใส อำเภอเมืองสระแก้ว จังหวัดสระแก้ว",
                "",
                section.marker().apply(1) + "หลักการและเหตุผล",
                "องค์การบริหารส่วนตำบลหนองน้ำใสนำผลการประเมินปีที่ผ่านมาวิเคราะห์เพื่อปรับปรุงการทำงาน",
                section.marker().apply(2) + "วัตถุประสงค์",
                "- เพื่อให้การปฏิบัติงานเป็นไปอย่างโปร่งใส ตรวจสอบได้",
                "- เพื่อป้องกันการทุจริตและประพฤติมิชอบ",
                section.marker().apply(3) + "มาตรการและแนวทางการดำเนินการ มีดังนี้",
                "",
                measure.marker().apply(1) + "การเปิดเผยข้อมูลข่าวสารของหน่วยงานผ่านเว็บไซต์",
                l.known("วัตถุประสงค์", "เพื่อให้ประชาชนเข้าถึงข้อมูลได้สะดวก"),
                l.listLabel("ขั้นตอนการดำเนินการ"),
                step.marker().apply(1) + "มอบหมายเจ้าหน้าที่ดูแลข้อมูลบนเว็บไซต์",
                step.marker().apply(2) + "ตรวจทานข้อมูลให้เป็นปัจจุบัน",
                "ทุกสิ้นเดือน",
                l.known("ผู้รับผิดชอบ", "สำนักงานปลัด"),
                l.known("ระยะเวลาดำเนินการ", "ตลอดปีงบประมาณ"),
                "",
                measure.marker().apply(2) + "การเสริมสร้างวัฒนธรรมองค์กรที่ไม่ยอมรับการให้",
                "และรับสินบนทุกรูปแบบ",
                l.listLabel("กิจกรรม"),
                step.marker().apply(1) + "จัดอบรมบุคลากรเรื่องการไม่รับสินบน",
                step.marker().apply(2) + "ประกาศเจตนารมณ์ต่อสาธารณะ",
                l.known("งบประมาณ", "15,000 บาท"),
                l.unknown("ช่องทางสื่อสาร", "หอกระจายข่าวประจำหมู่บ้าน"),
                l.known("หน่วยงานที่รับผิดชอบ", "กองการศึกษา"),
                l.known("ระยะเวลา", "ไตรมาสที่ 2"),
                "",
                measure.marker().apply(3) + "การจัดการเรื่องร้องเรียนการทุจริต",
                l.known("วิธีการ", "เปิดรับเรื่องร้องเรียนทางโทรศัพท์และไลน์"),
                l.known("ตัวชี้วัด", "ร้อยละ 100 ของเรื่องร้องเรียนได้รับการตอบกลับ"),
                l.known("ผู้รับผิดชอบ", "งานนิติการ"),
                l.known("ระยะเวลา", "1 ต.ค. 67 – 31 มี.ค. 68"),
                "");
    }

    @ParameterizedTest(name = "measures {0}, steps {1}, sections {2}, labels {3}, {4}")
    @MethodSource("styles")
    void theSameMeasuresComeOutWhateverTheNumberingAndLabels(Numbering measure, Numbering step, Numbering section,
                                                             LabelStyle labels, String digits) {
        String text = plan(measure, step, section, labels);
        Report report = extract(digits.startsWith("Thai") ? ParagraphDocuments.thaiDigits(text) : text);
        IntFunction<String> n = measure.number();
        assertEquals(List.of(
                n.apply(1) + " | การเปิดเผยข้อมูลข่าวสารของหน่วยงานผ่านเว็บไซต์"
                        + " | มอบหมายเจ้าหน้าที่ดูแลข้อมูลบนเว็บไซต์ / ตรวจทานข้อมูลให้เป็นปัจจุบัน ทุกสิ้นเดือน"
                        + " | สำนักงานปลัด | ตลอดปีงบประมาณ | objective=เพื่อให้ประชาชนเข้าถึงข้อมูลได้สะดวก",
                n.apply(2) + " | การเสริมสร้างวัฒนธรรมองค์กรที่ไม่ยอมรับการให้ และรับสินบนทุกรูปแบบ"
                        + " | จัดอบรมบุคลากรเรื่องการไม่รับสินบน / ประกาศเจตนารมณ์ต่อสาธารณะ | กองการศึกษา | ไตรมาสที่ 2"
                        + " | budget=15,000 บาท; ช่องทางสื่อสาร=หอกระจายข่าวประจำหมู่บ้าน",
                n.apply(3) + " | การจัดการเรื่องร้องเรียนการทุจริต | เปิดรับเรื่องร้องเรียนทางโทรศัพท์และไลน์ | งานนิติการ"
                        + " | 1 ต.ค. 67 – 31 มี.ค. 68 | kpi=ร้อยละ 100 ของเรื่องร้องเรียนได้รับการตอบกลับ"),
                describe(report));
    }
}
