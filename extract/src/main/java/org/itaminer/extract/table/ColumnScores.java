package org.itaminer.extract.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itaminer.extract.measure.ColumnRole;
import org.itaminer.extract.measure.HeaderVocabulary;

/**
 * A score per role for each column of a measure table, from two witnesses: the header's words
 * ({@link HeaderVocabulary}) and what the cells below hold ({@link ColumnContent}). The header is the
 * stronger witness; the content names the role of a header in words the vocabulary has never seen
 * ("ผู้ปฏิบัติ" over กองคลัง, สำนักปลัด → responsible; "ห้วงการดำเนินงาน" over ไตรมาสที่ 2 → period), and
 * overrules a header whose word belongs to a text role when the cells are only numbers, amounts or ticks
 * ("จำนวนโครงการ" over 3, 5, 2 is no measure column). Roles are then given left to right, each column its
 * best-scoring role that no column on its left has taken (status options may repeat).
 */
final class ColumnScores {

    /** The least score a role needs to be given. */
    static final double THRESHOLD = 0.9;
    private static final double HEADER = 2.0;
    /** The role a header takes when its own is taken ("กิจกรรม" beside "โครงการ" → steps). */
    private static final double FALLBACK = 1.0;
    /** Roles whose cells are running text, never a bare number, an amount or a tick. */
    private static final Set<ColumnRole> TEXT_ROLES = EnumSet.of(ColumnRole.MEASURE, ColumnRole.STEPS,
            ColumnRole.RESPONSIBLE, ColumnRole.MONITORING, ColumnRole.RESULT, ColumnRole.OUTCOME,
            ColumnRole.RECOMMENDATION, ColumnRole.TARGET_GROUP, ColumnRole.OBJECTIVE, ColumnRole.RISK,
            ColumnRole.STRATEGY, ColumnRole.ISSUE);

    private ColumnScores() {
    }

    /** The roles the content alone supports, each with its score. */
    static Map<ColumnRole, Double> contentScores(ColumnContent content) {
        Map<ColumnRole, Double> scores = new EnumMap<>(ColumnRole.class);
        if (content.cells() == 0) {
            return scores;
        }
        scores.put(ColumnRole.NUMBER, 2.5 * content.numbers());
        scores.put(ColumnRole.STATUS, 2.5 * content.ticks());
        scores.put(ColumnRole.BUDGET, 2.0 * content.amounts());
        scores.put(ColumnRole.PERIOD, 1.5 * content.periods());
        scores.put(ColumnRole.RESPONSIBLE, 1.5 * content.units());
        scores.put(ColumnRole.STEPS, 1.5 * content.lists());
        return scores;
    }

    /** The score of each role for one column. */
    static Map<ColumnRole, Double> of(String header, ColumnContent content) {
        Map<ColumnRole, Double> scores = contentScores(content);
        List<ColumnRole> named = HeaderVocabulary.rolesOf(header);
        for (int i = 0; i < named.size(); i++) {
            scores.merge(named.get(i), i == 0 ? HEADER : FALLBACK, Double::sum);
        }
        double marks = content.numbers() + content.ticks() + content.amounts();
        if (content.cells() >= 2 && marks >= 0.8) {
            TEXT_ROLES.forEach(r -> scores.computeIfPresent(r, (k, v) -> v - HEADER));
        }
        return scores;
    }

    /**
     * The role of each column, given left to right.
     *
     * @param headers the header text of each column
     * @param contents what each column's cells hold ({@link ColumnContent#NONE} when unknown)
     */
    static List<ColumnRole> assign(List<String> headers, List<ColumnContent> contents) {
        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            ColumnContent content = c < contents.size() ? contents.get(c) : ColumnContent.NONE;
            ColumnRole role = of(headers.get(c), content).entrySet().stream()
                    .filter(e -> e.getValue() >= THRESHOLD)
                    .filter(e -> e.getKey() == ColumnRole.STATUS || !roles.contains(e.getKey()))
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(ColumnRole.EXTRA);
            roles.add(role);
        }
        return roles;
    }
}
