package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.HeaderVocabulary;
import org.itaminer.model.layout.Row;

/**
 * A header whose labels wrap onto a second row, as stream-extracted PDF tables and hand-typed text give
 * them: "วิธีการ" over "ดำเนินการ", "ผู้รับผิด" over "ชอบ". The second row holds short fragments under
 * labelled columns only, none of them data (a number, a unit, a period, a dash, a list item), each fragment
 * joined to its label keeps the column's role, and at least one completes its label into a role's words;
 * then the two rows are one header.
 */
final class WrappedHeader {

    /** Dashes, dots, brackets, digits and slashes alone: a placeholder or a number, never a header's words. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("[-–—.()\\d/]+");

    /** A wrapped fragment is a word or two. */
    private static final int MAX_FRAGMENT_CHARS = 16;
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("[(\\[]?\\d|[-•●▪*]");

    private WrappedHeader() {
    }

    /**
     * @param layout the layout read from {@code header}
     * @param header the header row
     * @param next the row below it
     * @return the layout of the two rows read as one header, or empty when {@code next} does not wrap it
     */
    static Optional<ColumnLayout> join(ColumnLayout layout, Row header, Row next) {
        List<String> joined = new ArrayList<>(layout.headers());
        boolean any = false;
        for (int c = 0; c < Math.max(layout.size(), next.cells().size()); c++) {
            String fragment = next.cell(c).text().strip();
            if (fragment.isEmpty()) {
                continue;
            }
            if (c >= layout.size() || header.cell(c).isBlank() || !isFragment(fragment)) {
                return Optional.empty();
            }
            String label = header.cell(c).text().strip() + fragment; // Thai wraps inside words: no space between
            ColumnRole before = layout.roles().get(c);
            List<ColumnRole> after = HeaderVocabulary.rolesOf(label);
            if (before != ColumnRole.EXTRA && !after.contains(before)) {
                return Optional.empty(); // the fragment changes what the label says: not a wrap
            }
            joined.set(c, label);
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        List<ColumnRole> roles = new ArrayList<>(layout.roles());
        boolean gained = false;
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) == ColumnRole.EXTRA) {
                int column = c;
                Optional<ColumnRole> found = HeaderVocabulary.rolesOf(joined.get(c)).stream()
                        .filter(r -> r == ColumnRole.STATUS || !roles.contains(r)).findFirst();
                found.ifPresent(r -> roles.set(column, r));
                gained |= found.isPresent();
            }
        }
        // data under a header may be short words too: only a wrap completes a label into a role's words
        return gained ? Optional.of(new ColumnLayout(roles, joined)) : Optional.empty();
    }

    private static boolean isFragment(String text) {
        String squeezed = Squeezed.of(text);
        if (squeezed.length() > MAX_FRAGMENT_CHARS || PLACEHOLDER.matcher(squeezed).matches()
                || NUMBERED.matcher(squeezed).lookingAt()) {
            return false;
        }
        ColumnContent alone = ColumnContent.of(List.of(text));
        return alone.suggests().isEmpty() && alone.units() == 0 && alone.periods() == 0;
    }
}
