package org.itaminer.pipeline.genre;

import java.util.List;
import java.util.Random;
import org.itaminer.model.report.Agency;

/**
 * What the parts of one generated document share.
 *
 * @param fy the fiscal year (B.E.) the measures are for
 */
record Context(GenreChoices choices, Random random, Agency agency, int fy, List<DrawnMeasure> measures) {

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean report() {
        return choices.kind() == GenreChoices.Kind.REPORT;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
