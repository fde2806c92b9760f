package org.itaminer.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * The pages a user asked for ({@code 3}, {@code 2-5}, {@code 4-}), 1-based and inclusive.
 *
 * @param first the first page wanted
 * @param last the last page wanted; {@link Integer#MAX_VALUE} for "to the end"
 */
record PageRange(int first, int last) {

    static final PageRange ALL = new PageRange(1, Integer.MAX_VALUE);

    PageRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("pages must be N, N-M or N- with 1 <= N <= M");
        }
    }

    boolean contains(int page) {
        return page >= first && page <= last;
    }

    @Override
    public String toString() {
        return last == Integer.MAX_VALUE ? first + "-" : first == last ? Integer.toString(first) : first + "-" + last;
    }

    /** Reads {@code --pages}; a bad value is a usage error naming the value. */
    static final class Converter implements CommandLine.ITypeConverter<PageRange> {
        @Override
        public PageRange convert(String value) {
            String v = value.strip();
            try {
                int dash = v.indexOf('-');
                if (dash < 0) {
                    int n = Integer.parseInt(v);
                    return new PageRange(n, n);
                }
                int first = Integer.parseInt(v.substring(0, dash));
                String rest = v.substring(dash + 1);
                return new PageRange(first, rest.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(rest));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(String.format(Locale.ROOT,
                        "'%s' is not a page range: pages must be N, N-M or N- with 1 <= N <= M", value));
            }
        }
    }
}
