package org.itaminer.index.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.itaminer.extract.report.Report;
import org.itaminer.extract.report.ReportJson;

/** The five public seed documents' reports, as the pipeline extracted them (test resources). */
public final class SeedReports {

    public static final List<String> STEMS = List.of("000_076c3ad6737d4477", "001_1da6fb17b2e978c0",
            "002_f45b42621d55c131", "003_1b23baa67fb7dc74", "004_6eebd7a125b8eb54");

    private SeedReports() {
    }

    public static List<Report> all() {
        List<Report> out = new ArrayList<>();
        for (String stem : STEMS) {
            out.add(one(stem));
        }
        return out;
    }

    public static Report one(String stem) {
        String path = "/org/itaminer/index/search/reports/" + stem + ".json";
        try (InputStream in = SeedReports.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return ReportJson.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int measureCount() {
        return all().stream().mapToInt(r -> r.measures().size()).sum();
    }
}
