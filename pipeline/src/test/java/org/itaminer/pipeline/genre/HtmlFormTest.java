package org.itaminer.pipeline.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.itaminer.model.report.Measure;
import org.junit.jupiter.api.Test;

/** The web-page form of generated documents: every style occurs, the page holds what the expected report says. */
class HtmlFormTest {

    @Test
    void theTestsWebPagesCoverEveryValueOfEveryStyleDimension() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < GenreTest.TEXT_DOCUMENTS; i += GenreTest.HTML_EVERY) {
            seen.addAll(HtmlStyle.of(GenreTest.SEED, i).classes());
        }
        int expected = 0;
        for (Class<?> dimension : HtmlStyle.class.getDeclaredClasses()) {
            if (dimension.isEnum()) {
                expected += dimension.getEnumConstants().length;
            }
        }
        assertEquals(expected, seen.size(), "every value of every dimension occurs: " + seen);
    }

    @Test
    void theSameSeedGivesTheSamePage() {
        GenreDocument doc = new GenreGenerator(5).generate(3);
        assertEquals(new String(HtmlForm.render(doc, HtmlStyle.of(5, 3)), StandardCharsets.ISO_8859_1),
                new String(HtmlForm.render(new GenreGenerator(5).generate(3), HtmlStyle.of(5, 3)),
                        StandardCharsets.ISO_8859_1));
    }

    @Test
    void everyExpectedMeasureIsOnThePage() {
        GenreGenerator g = new GenreGenerator(3);
        for (int i = 0; i < 40; i++) {
            GenreDocument doc = g.generate(i);
            HtmlStyle style = HtmlStyle.of(3, i);
            Charset charset = style.charset() == HtmlStyle.Charset.UTF_8 ? StandardCharsets.UTF_8
                    : Charset.forName("x-windows-874");
            String page = new String(HtmlForm.render(doc, style), charset).replace("&amp;", "&")
                    .replaceAll("[๐-๙]", "#").replaceAll("[0-9]", "#").replaceAll("\\s+", " "); // Word wraps its source
            for (Measure m : doc.expected().measures()) {
                assertTrue(page.contains(m.title().replaceAll("[0-9]", "#")), doc.name() + ": " + m.title());
                m.optionalResponsible().ifPresent(r -> assertTrue(page.contains(r), doc.name() + ": " + r));
            }
        }
    }
}
