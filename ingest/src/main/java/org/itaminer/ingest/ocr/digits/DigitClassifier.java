package org.itaminer.ingest.ocr.digits;

/**
 * Takes a glyph for the Thai digit whose drawn shapes it is nearest to (nearest neighbour over
 * {@link DigitTemplates}, each digit scored by its nearest template), and says how near the nearest letter is.
 */
public final class DigitClassifier {

    private final DigitTemplates templates;

    public DigitClassifier(DigitTemplates templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no digit templates");
        }
        this.templates = templates;
    }

    public DigitReading read(GlyphShape glyph) {
        double[] best = new double[10];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        double letter = Double.MAX_VALUE;
        for (DigitTemplates.Template t : templates.templates()) {
            double d = glyph.distance(t.shape());
            if (t.isDigit()) {
                int v = t.digit() - '๐';
                best[v] = Math.min(best[v], d);
            } else {
                letter = Math.min(letter, d);
            }
        }
        int first = -1;
        int second = -1;
        for (int v = 0; v < 10; v++) {
            if (best[v] == Double.MAX_VALUE) {
                continue;
            }
            if (first < 0 || best[v] < best[first]) {
                second = first;
                first = v;
            } else if (second < 0 || best[v] < best[second]) {
                second = v;
            }
        }
        char runnerUp = second < 0 ? (char) ('๐' + first) : (char) ('๐' + second);
        double runnerUpDistance = second < 0 ? Double.MAX_VALUE : best[second];
        return new DigitReading((char) ('๐' + first), best[first], runnerUp, runnerUpDistance, letter);
    }
}
