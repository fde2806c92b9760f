package org.itaminer.ingest.pdf;

/** Character classes the PDF reader needs for Thai text. */
final class ThaiChars {

    private ThaiChars() {
    }

    static boolean isThai(int c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }

    static boolean isThaiConsonant(int c) {
        return c >= 0x0E01 && c <= 0x0E2E;
    }

    /** Private-use code points of legacy Thai fonts and other private-use glyphs. */
    static boolean isPrivateUse(int c) {
        return c >= 0xE000 && c <= 0xF8FF;
    }

    /**
     * Whether the character is drawn over or under the previous one: Unicode non-spacing marks, and the
     * private-use variants of Thai marks (the shifted tone marks and vowels of TH Sarabun-style fonts).
     */
    static boolean isCombining(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return true;
        }
        if (c >= 0xF701 && c <= 0xF71A) {
            return c != 0xF70F; // F70F is NGO-less YO YING, a base
        }
        if (c >= 0xF884 && c <= 0xF89D) {
            return c != 0xF89A;
        }
        return false;
    }

    static boolean isCombining(String s) {
        if (s.isEmpty()) {
            return false;
        }
        return s.codePoints().allMatch(ThaiChars::isCombining);
    }

    /**
     * Order of marks on one base in Unicode's canonical spelling: vowels above and below first, then
     * tone marks, then thanthakhat and the rest.
     */
    static int markRank(String mark) {
        int c = mark.codePointAt(0);
        if (c >= 0x0E48 && c <= 0x0E4B) {
            return 1;
        }
        if (c == 0x0E4C || c == 0x0E4D || c == 0x0E4E) {
            return 2;
        }
        if ((c >= 0xF705 && c <= 0xF70E) || (c >= 0xF713 && c <= 0xF717)) {
            return 1; // shifted tone marks and thanthakhat variants
        }
        return 0;
    }
}
