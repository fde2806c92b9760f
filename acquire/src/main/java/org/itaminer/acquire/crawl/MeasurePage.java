package org.itaminer.acquire.crawl;

/**
 * Whether an HTML page is itself an ITA document (a plan of measures, or its report, published as a web page rather
 * than a file): its heading (the title, or the first lines of its text, where agencies put the document's name) names
 * measures, a plan or a report together with integrity, transparency or corruption, or its text says มาตรการ several
 * times beside those words; it lays its content out in a table or numbered measures; and most of its text is its own,
 * not links (a menu or an index of files under an ITA heading is a page to follow, not a document).
 */
final class MeasurePage {

    /** How much of the text's start is read as its heading. */
    private static final int HEADING = 150;
    /** Text of its own, besides links, that a document has at least. */
    private static final int OWN_TEXT = 400;

    private MeasurePage() {
    }

    static boolean holdsMeasures(PageLinks page) {
        String text = page.text();
        String heading = page.title() + " " + text.substring(0, Math.min(HEADING, text.length()));
        boolean named = (heading.contains("มาตรการ") || heading.contains("แผนปฏิบัติการ")
                || heading.contains("รายงานผล")) && genre(heading);
        boolean manyMeasures = genre(text) && count(text, "มาตรการ") >= 4;
        boolean laidOut = page.hasTable() || count(text, "มาตรการที่") >= 2;
        boolean ownText = text.length() - page.linkText() >= OWN_TEXT;
        return (named || manyMeasures) && laidOut && ownText;
    }

    private static boolean genre(String text) {
        return text.contains("คุณธรรม") || text.contains("โปร่งใส") || text.contains("ทุจริต");
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
