package org.itaminer.acquire.registry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How the registry's fetch attempts are written out: CSV with a header row, or one JSON object a line. */
public enum FetchLogFormat {
    CSV,
    JSONL;

    static final List<String> COLUMNS = List.of("url", "final_url", "status", "bytes", "sha256", "started", "millis",
            "error", "message", "found_on", "anchor", "kind");

    public static FetchLogFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': csv or jsonl");
        }
    }

    public void write(List<LoggedFetch> rows, Writer out) throws IOException {
        if (this == CSV) {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                    .build());
            for (LoggedFetch f : rows) {
                csv.printRecord(values(f));
            }
            csv.flush();
            return;
        }
        for (LoggedFetch f : rows) {
            List<Object> v = values(f);
            StringBuilder line = new StringBuilder("{");
            for (int i = 0; i < COLUMNS.size(); i++) {
                line.append(i == 0 ? "" : ",").append('"').append(COLUMNS.get(i)).append("\":");
                Object x = v.get(i);
                if (x == null) {
                    line.append("null");
                } else if (x instanceof Number) {
                    line.append(x);
                } else {
                    json(x.toString(), line);
                }
            }
            out.write(line.append("}\n").toString());
        }
        out.flush();
    }

    private static List<Object> values(LoggedFetch f) {
        return java.util.Arrays.asList(f.url(), f.finalUrl(), f.status(), f.bytes(), f.sha256().orElse(null),
                f.started().toString(), f.millis(), f.error().orElse(null), f.message(), f.foundOn().orElse(null),
                f.anchor(), f.kind().value());
    }

    private static void json(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
