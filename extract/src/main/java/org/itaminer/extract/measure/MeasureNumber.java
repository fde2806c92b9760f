package org.itaminer.extract.measure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a measure cell into its printed number and its title: "1. การเผยแพร่..." → 1, "การเผยแพร่...";
 * "๖ กระบวนการ..." (digits already folded) → 6; "มาตรการที่ 3 ..." and "แนวทางที่ 3: ..." → 3; "(2) ..." → 2. An unnumbered
 * cell keeps its text, less a leading bullet ("- ", "• ").
 *
 * @param number the number in Arabic digits; empty when unnumbered
 * @param title the rest of the cell
 */
public record MeasureNumber(Optional<String> number, String title) {

    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:มาตรการที่|แนวทางที่|ข้อที่|ข้อ)?\\s*\\(?(\\d{1,3}(?:\\.\\d{1,2}){0,2})(?:\\s*[.):]\\s*|\\s+)(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("^[-–•●▪►▶*]+\\s*");

    public static MeasureNumber parse(String cell) {
        String text = cell.strip();
        Matcher m = NUMBERED.matcher(text);
        if (m.find()) {
            return new MeasureNumber(Optional.of(m.group(1)), text.substring(m.end()).strip());
        }
        return new MeasureNumber(Optional.empty(), BULLET.matcher(text).replaceFirst("").strip());
    }
}
