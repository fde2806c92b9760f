package org.itaminer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.itaminer.index.Agencies;
import org.itaminer.index.write.MeasureIndexWriter;
import org.itaminer.model.report.DocumentKind;
import org.itaminer.pipeline.Workdir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Document text printed to a terminal carries no control sequences; Thai and ordinary text come through. */
class TerminalTextTest {

    static final String ESC = "\u001B";
    static final String CLEAR_SCREEN = ESC + "[2J" + ESC + "[H";
    static final String WINDOW_TITLE = ESC + "]0;ระบบถูกเจาะ" + "\u0007";
    static final String LINK_OPEN = ESC + "]8;;https://evil.example/login" + ESC + "\\";
    static final String LINK_CLOSE = ESC + "]8;;" + ESC + "\\";

    static List<Arguments> payloads() {
        return List.of(
                // a title that clears the screen before it is read
                Arguments.of(CLEAR_SCREEN + "มาตรการจัดการเรื่องร้องเรียน", "มาตรการจัดการเรื่องร้องเรียน"),
                // a window title set from a step
                Arguments.of("ประชุมชี้แจง" + WINDOW_TITLE + "เจ้าหน้าที่", "ประชุมชี้แจงเจ้าหน้าที่"),
                // OSC 8: words made a hidden link
                Arguments.of("แจ้งเบาะแสได้ที่ " + LINK_OPEN + "ศูนย์ดำรงธรรม" + LINK_CLOSE + " ตลอด 24 ชั่วโมง",
                        "แจ้งเบาะแสได้ที่ ศูนย์ดำรงธรรม ตลอด 24 ชั่วโมง"),
                // colours, 7-bit and 8-bit, and a terminal reset
                Arguments.of(ESC + "[31;1mไม่รับของขวัญ" + ESC + "[0m (No Gift Policy)" + ESC + "c",
                        "ไม่รับของขวัญ (No Gift Policy)"),
                Arguments.of("\u009B31mสีแดง\u009B0m", "สีแดง"),
                // a carriage return that writes over the line, a bell, a backspace, DEL
                Arguments.of("ผลการดำเนินงาน ร้อยละ 40\rผลการดำเนินงาน ร้อยละ 100",
                        "ผลการดำเนินงาน ร้อยละ 40ผลการดำเนินงาน ร้อยละ 100"),
                Arguments.of("เสียง\u0007เตือน\b\u007F", "เสียงเตือน"),
                // a DCS string and an unterminated OSC (which runs to the end, as a terminal would take it)
                Arguments.of("ก" + ESC + "Pq#0;2;0;0;0#0~~" + ESC + "\\ข", "กข"),
                Arguments.of("ปกติ" + ESC + "]2;ไม่จบ", "ปกติ"),
                // ordinary text untouched: Thai with its marks and digits, guillemets, tab and line feed
                Arguments.of("๑. จัดทำคู่มือ «ร้องเรียน»\tไตรมาสที่ ๑-๒\nO36", "๑. จัดทำคู่มือ «ร้องเรียน»\tไตรมาสที่ ๑-๒\nO36"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("payloads")
    void controlSequencesAreRemovedAndTheTextKept(String text, String shown) {
        assertEquals(shown, TerminalText.clean(text));
    }

    @TempDir
    Path tmp;

    @AfterEach
    void resetTerminal() {
        TerminalText.stdoutIsTerminal = () -> System.console() != null;
    }

    /** A workdir whose index holds two agencies' measures written with escapes. */
    private Path workdir() throws IOException {
        Path w = tmp.resolve("w");
        try (MeasureIndexWriter writer = MeasureIndexWriter.open(new Workdir(w).indexFolder())) {
            writer.indexReport(Agencies.report("ab12cd34ef56", Agencies.HUAI_LAMPANG, DocumentKind.PLAN, 2568,
                    Agencies.m(1, CLEAR_SCREEN + "มาตรการจัดการเรื่องร้องเรียน" + WINDOW_TITLE,
                            "เปิด" + LINK_OPEN + "ช่องทางร้องเรียน" + LINK_CLOSE + "ออนไลน์")));
            writer.indexReport(Agencies.report("cd34ef56ab12", Agencies.BANPHAI, DocumentKind.PLAN, 2568,
                    Agencies.m(1, "มาตรการจัดการเรื่องร้องเรียน" + ESC + "]0;title\u0007",
                            "รับเรื่องร้องเรียน" + ESC + "[2J" + "ทางโทรศัพท์")));
        }
        return w;
    }

    private static void assertNoControls(String printed) {
        assertFalse(printed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F),
                printed);
    }

    @Test
    void searchSimilarAndComparePrintNoControlsToATerminal() throws IOException {
        String w = workdir().toString();
        TerminalText.stdoutIsTerminal = () -> true;
        for (CliRun r : List.of(CliRun.of("search", "ร้องเรียน", "-w", w), CliRun.of("search", "ร้องเรียน", "--json", "-w", w),
                CliRun.of("similar", "ab12cd34ef56#1", "-w", w), CliRun.of("compare", "-w", w),
                CliRun.of("compare", "--format", "csv", "-w", w))) {
            assertEquals(0, r.code(), r.err());
            assertNoControls(r.out());
        }
        String search = CliRun.of("search", "ร้องเรียน", "-w", w).out();
        assertTrue(search.contains("      มาตรการจัดการเรื่องร้องเรียน\n"), search);
        assertTrue(search.contains("รับเรื่อง«ร้องเรียน»ทางโทรศัพท์"), search);
        String link = CliRun.of("search", "ออนไลน์", "-w", w).out();
        assertTrue(link.contains("เปิดช่องทางร้องเรียน«ออนไลน์»"), link);
        assertTrue(CliRun.of("compare", "-w", w).out().contains("องค์การบริหารส่วนตำบลห้วยทรายงาม"));
    }

    @Test
    void toAPipeTheTextIsAsStored() throws IOException {
        String w = workdir().toString();
        TerminalText.stdoutIsTerminal = () -> false;
        assertTrue(CliRun.of("search", "ร้องเรียน", "-w", w).out().contains(CLEAR_SCREEN + "มาตรการ"));
    }
}
