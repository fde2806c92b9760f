package org.itaminer.extract.period;

import java.util.List;
import java.util.Locale;

/**
 * Runs a check under several default locales, as jsoup's {@code @MultiLocaleTest} does: English,
 * Turkish (dotless i) and Thai (th-TH makes {@code Calendar} Buddhist; with -u-nu-thai number
 * formatting prints Thai digits). The default is restored afterwards.
 */
final class DefaultLocales {

    static final List<Locale> ALL = List.of(
            Locale.ENGLISH,
            Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("th-TH"),
            Locale.forLanguageTag("th-TH-u-nu-thai"));

    private DefaultLocales() {
    }

    static void underEach(Runnable check) {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : ALL) {
                Locale.setDefault(locale);
                check.run();
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
