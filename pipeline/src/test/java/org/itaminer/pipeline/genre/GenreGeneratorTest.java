package org.itaminer.pipeline.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.itaminer.model.report.Measure;
import org.itaminer.model.report.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator itself: deterministic, covering every class, and its expected reports true to its text. */
class GenreGeneratorTest {

    @Test
    void theSameSeedGivesTheSameDocuments() {
        for (int i = 0; i < 20; i++) {
            GenreDocument a = new GenreGenerator(5).generate(i);
            GenreDocument b = new GenreGenerator(5).generate(i);
            assertEquals(TextForm.render(a), TextForm.render(b));
            assertEquals(a.expected(), b.expected());
        }
        assertNotEquals(TextForm.render(new GenreGenerator(5).generate(0)),
                TextForm.render(new GenreGenerator(6).generate(0)));
    }

    @Test
    void theTestsDocumentsCoverEveryValueOfEveryDimension() {
        Set<String> seen = new HashSet<>();
        GenreGenerator g = new GenreGenerator(GenreTest.SEED);
        for (int i = 0; i < GenreTest.TEXT_DOCUMENTS; i++) {
            seen.addAll(g.generate(i).choices().classes());
        }
        int expected = 0;
        for (Class<?> dimension : GenreChoices.class.getDeclaredClasses()) {
            if (dimension.isEnum()) {
                expected += dimension.getEnumConstants().length;
            }
        }
        assertEquals(expected, seen.size(), "every value of every dimension occurs: " + seen);
    }

    @Test
    void everyExpectedMeasureIsWrittenInTheTextForm() {
        GenreGenerator g = new GenreGenerator(3);
        for (int i = 0; i < 50; i++) {
            GenreDocument doc = g.generate(i);
            String text = TextForm.render(doc).replaceAll("[๐-๙]", "#").replaceAll("[0-9]", "#");
            for (Measure m : doc.expected().measures()) {
                assertTrue(text.contains(m.title().replaceAll("[0-9]", "#")), doc.name() + ": " + m.title());
                m.optionalResponsible().ifPresent(r -> assertTrue(text.contains(r), doc.name() + ": " + r));
                m.period().optionalText().ifPresent(p -> assertTrue(text.contains(p.replaceAll("[0-9]", "#")),
                        doc.name() + ": " + p));
            }
        }
    }

    @ParameterizedTest(name = "fiscal months {1}–{2} of {0}")
    @CsvSource({"2568, 0, 11, 2024-10-01, 2025-09-30", "2568, 3, 5, 2025-01-01, 2025-03-31",
        "2567, 4, 4, 2024-02-01, 2024-02-29", "2566, 2, 3, 2022-12-01, 2023-01-31"})
    void fiscalMonthsAreDatesOfTheFiscalYear(int fy, int a, int b, String start, String end) {
        Period p = ThaiForms.span("x", fy, a, b);
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
    }

    @Test
    void thaiDigitsLeaveIndicatorCodes() {
        assertEquals("มาตรการที่ ๑๒ (O12) ๒๕๖๘", ThaiForms.thaiDigits("มาตรการที่ 12 (O12) 2568"));
    }
}
