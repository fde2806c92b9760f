package org.itaminer.acquire.registry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the registry holds, counted (สรุปทะเบียน): sources by state, fetch attempts by HTTP status, by kind and by
 * host, and the attempts that failed with their error.
 */
public record RegistrySummary(Map<String, Integer> sourcesByState, Map<Integer, Integer> fetchesByStatus,
                              Map<SourceKind, Integer> fetchesByKind, Map<String, Integer> fetchesByHost,
                              List<LoggedFetch> failed, int fetches) {

    public RegistrySummary {
        sourcesByState = Map.copyOf(sourcesByState);
        fetchesByStatus = Map.copyOf(fetchesByStatus);
        fetchesByKind = Map.copyOf(fetchesByKind);
        fetchesByHost = Map.copyOf(fetchesByHost);
        failed = List.copyOf(failed);
    }

    /** Counts the fetch log; the sources' states come from the registry. */
    public static RegistrySummary of(Map<String, Integer> sourcesByState, List<LoggedFetch> log) {
        Map<Integer, Integer> status = new TreeMap<>();
        Map<SourceKind, Integer> kind = new TreeMap<>();
        Map<String, Integer> host = new TreeMap<>();
        for (LoggedFetch f : log) {
            status.merge(f.status(), 1, Integer::sum);
            kind.merge(f.kind(), 1, Integer::sum);
            host.merge(f.host(), 1, Integer::sum);
        }
        return new RegistrySummary(sourcesByState, status, kind, host,
                log.stream().filter(LoggedFetch::failed).toList(), log.size());
    }
}
