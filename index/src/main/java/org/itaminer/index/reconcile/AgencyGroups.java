package org.itaminer.index.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaminer.model.report.Report;

/**
 * The documents of a collection grouped by agency ({@link AgencyKey}). A document that names its province joins the
 * agency of that name in that province; one that names none joins the agency of its name only when exactly one
 * province has an agency of that name (two อบต.ห้วยยาง in two provinces stay apart from it). Documents without an
 * agency name are left out: nothing says whose they are.
 */
public final class AgencyGroups {

    private AgencyGroups() {
    }

    /** The agencies and their documents, in the order the agencies first appear. */
    public static Map<AgencyKey, List<Report>> of(List<Report> reports) {
        Map<AgencyKey, List<Report>> groups = new LinkedHashMap<>();
        List<Report> noProvince = new ArrayList<>();
        for (Report r : reports) {
            AgencyKey key = AgencyKey.of(r.agency());
            if (key.name().isEmpty()) {
                continue;
            }
            if (key.province().isEmpty()) {
                noProvince.add(r);
            } else {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        for (Report r : noProvince) {
            AgencyKey key = AgencyKey.of(r.agency());
            List<AgencyKey> named = groups.keySet().stream()
                    .filter(k -> k.name().equals(key.name()) && !k.province().isEmpty()).toList();
            AgencyKey home = named.size() == 1 ? named.get(0) : key;
            groups.computeIfAbsent(home, k -> new ArrayList<>()).add(r);
        }
        return groups;
    }
}
