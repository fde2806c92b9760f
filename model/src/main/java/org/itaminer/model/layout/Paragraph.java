package org.itaminer.model.layout;

import java.util.List;

/**
 * A run of text lines outside any table. Lines are kept apart because a heading printed over three
 * lines is still one heading, while a memo's lines ("เรื่อง ...", "เรียน ...") are separate facts.
 *
 * @param lines the printed lines, each non-blank
 */
public record Paragraph(List<String> lines) implements Block {

    public Paragraph {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a paragraph needs at least one line");
        }
    }

    public static Paragraph of(String... lines) {
        return new Paragraph(List.of(lines));
    }

    /** The lines joined with single spaces. */
    public String text() {
        return String.join(" ", lines);
    }
}
