package org.itaminer.pipeline.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A paragraph's or cell's lines cut into plain runs and list runs (two or more "1. …" or "- …"/"• …" lines). */
final class ListRuns {

    /**
     * Lines in a row: a list (its markers taken off) or plain.
     *
     * @param numbered 1., 2., … (else bullets)
     */
    record Run(boolean list, boolean numbered, List<String> lines) {
    }

    private static final Pattern NUMBER = Pattern.compile("^(\\d+)\\. (.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-•] (.*)$");

    private ListRuns() {
    }

    static List<Run> of(List<String> lines) {
        List<Run> out = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            List<String> items = new ArrayList<>();
            Matcher m;
            while (j < lines.size() && (m = NUMBER.matcher(lines.get(j))).matches()
                    && Integer.parseInt(m.group(1)) == items.size() + 1) {
                items.add(m.group(2));
                j++;
            }
            boolean numbered = items.size() >= 2;
            if (!numbered) {
                items.clear();
                j = i;
                while (j < lines.size() && (m = BULLET.matcher(lines.get(j))).matches()) {
                    items.add(m.group(1));
                    j++;
                }
            }
            if (items.size() >= 2) {
                if (!plain.isEmpty()) {
                    out.add(new Run(false, false, List.copyOf(plain)));
                    plain.clear();
                }
                out.add(new Run(true, numbered, items));
                i = j;
            } else {
                plain.add(lines.get(i));
                i++;
            }
        }
        if (!plain.isEmpty()) {
            out.add(new Run(false, false, plain));
        }
        return out;
    }
}
