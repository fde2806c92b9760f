package org.itaminer.extract.meta;

import java.util.OptionalInt;

/** Reads a printed year as a Buddhist-Era year: 2566 → 2566, 66 → 2566, 2023 → 2566. */
final class YearText {

    private YearText() {
    }

    static OptionalInt buddhist(String digits) {
        int y;
        try {
            y = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        if (digits.length() == 2) {
            y += 2500;
        } else if (y >= 1900 && y <= 2200) {
            y += 543;
        }
        return y >= 2500 && y <= 2700 ? OptionalInt.of(y) : OptionalInt.empty();
    }
}
