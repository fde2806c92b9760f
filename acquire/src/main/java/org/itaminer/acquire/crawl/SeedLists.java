package org.itaminer.acquire.crawl;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.itaminer.acquire.fetch.Links;

/**
 * Where a crawl starts, read from the files analysts keep: a URL list (one address a line, {@code #} comments) or a
 * manifest CSV ({@code agency,url[,province,district,agencyType,fiscalYear,indicator]}, a header row, UTF-8 with or
 * without a BOM) whose values go with the agency's documents as their provenance.
 */
public final class SeedLists {

    /** The manifest's columns besides {@code url}, as its header names them. */
    public static final List<String> HINTS = List.of("agency", "province", "district", "agencyType", "fiscalYear",
            "indicator");

    private SeedLists() {
    }

    /** A file that does not read as a list of addresses: the line and why. */
    public static final class BadListException extends IOException {

        private static final long serialVersionUID = 1L;

        public BadListException(Path file, long line, String why) {
            super(file + " line " + line + ": " + why);
        }
    }

    public static List<Seed> urlList(Path file) throws IOException {
        List<Seed> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(new Seed(address(file, i + 1, line), Map.of()));
        }
        return out;
    }

    public static List<Seed> manifest(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Seed> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = format.parse(in)) {
            Map<String, String> columns = new LinkedHashMap<>(); // the header's spelling by its lower-case name
            for (String h : csv.getHeaderNames()) {
                columns.put(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), h);
            }
            if (!columns.keySet().containsAll(Set.of("agency", "url"))) {
                throw new BadListException(file, 1, "a manifest needs the columns agency and url; it has "
                        + csv.getHeaderNames());
            }
            for (CSVRecord row : csv) {
                Map<String, String> hints = new LinkedHashMap<>();
                for (String hint : HINTS) {
                    String column = columns.get(hint.toLowerCase(Locale.ROOT));
                    if (column != null && row.isSet(column) && !row.get(column).isBlank()) {
                        hints.put(hint, row.get(column).strip());
                    }
                }
                String url = row.isSet(columns.get("url")) ? row.get(columns.get("url")) : "";
                if (!url.isBlank()) { // the agency's address as the manifest gives it, for the exports
                    hints.put("url", url.strip());
                }
                out.add(new Seed(address(file, row.getRecordNumber() + 1, url), hints));
            }
        }
        return out;
    }

    private static URI address(Path file, long line, String text) throws BadListException {
        try {
            URI uri = Links.toUri(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new BadListException(file, line, "not an http(s) address: " + text);
    }
}
