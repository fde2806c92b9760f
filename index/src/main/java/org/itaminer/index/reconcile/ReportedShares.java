package org.itaminer.index.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Across agencies: the share of planned measures their reports account for, by province and by agency type, and
 * over all. Each share is pooled (reported pairs over planned measures), so a large plan weighs more than a small one.
 *
 * @param byProvince one row per province (unnamed provinces under "")
 * @param byAgencyType one row per agency type ({@code sao}, {@code pao} …)
 * @param overall all reconciled agency-years together
 */
public record ReportedShares(List<Share> byProvince, List<Share> byAgencyType, Share overall) {

    public ReportedShares {
        byProvince = List.copyOf(byProvince);
        byAgencyType = List.copyOf(byAgencyType);
    }

    /**
     * One group's share.
     *
     * @param group the province or agency type
     * @param reconciled how many agency-years (plan and report) are in it
     * @param planned planned measures
     * @param reported planned measures the report accounts for
     */
    public record Share(String group, int reconciled, int planned, int reported) {

        /** reported / planned, 0–1; 0 when nothing was planned. */
        public double share() {
            return planned == 0 ? 0 : (double) reported / planned;
        }
    }

    /** The shares of these reconciliations. */
    public static ReportedShares of(List<Reconciliation> reconciliations) {
        return new ReportedShares(
                group(reconciliations, r -> r.agency().optionalProvince().orElse("")),
                group(reconciliations, r -> r.agency().type().value()),
                total("all", reconciliations));
    }

    private static List<Share> group(List<Reconciliation> all, Function<Reconciliation, String> by) {
        Map<String, List<Reconciliation>> groups = new TreeMap<>();
        for (Reconciliation r : all) {
            groups.computeIfAbsent(by.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<Share> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(total(k, v)));
        return out;
    }

    private static Share total(String group, List<Reconciliation> rs) {
        int planned = rs.stream().mapToInt(r -> r.pairs().size() + r.unreported().size()).sum();
        int reported = rs.stream().mapToInt(r -> r.pairs().size()).sum();
        return new Share(group, rs.size(), planned, reported);
    }
}
