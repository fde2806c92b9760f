package org.itaminer.acquire.crawl;

/**
 * Whether an HTML page is itself an ITA document (a plan of measures or its report published as a web page rather
 * than a file): its title names measures of integrity and transparency, or its text says มาตรการ several times beside
 * the assessment's words and lays them out in a table or numbered.
 */
final class MeasurePage {

    private MeasurePage() {
    }

    static boolean holdsMeasures(PageLinks page) {
        String title = page.title();
        boolean titled = title.contains("มาตรการ") && (title.contains("คุณธรรม") || title.contains("โปร่งใส")
                || title.contains("ทุจริต"));
        String text = page.text();
        int measures = count(text, "มาตรการ");
        boolean genre = text.contains("คุณธรรม") || text.contains("โปร่งใส") || text.contains("ทุจริต");
        boolean laidOut = page.hasTable() || count(text, "มาตรการที่") >= 2;
        return (titled && measures >= 2) || (genre && measures >= 4 && laidOut);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
