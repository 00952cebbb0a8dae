package org.gongpei.service.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.service.parity.RemoteRule;

/**
 * A plan-based compliance report for evaluators: per village the worst and average planned parcel age, the
 * shares of villages and parcels within the target, the same per township, and the villages flagged remote
 * (边远) by the remote rule: their road time from the county centre, or the rule's list.
 *
 * @param targetHours the target
 * @param remoteThresholdMinutes road time from the centre from which a village counts as remote; 0 for no time rule
 * @param villages villages
 * @param shareOfVillagesWithin share of villages all of whose parcels are within the target, 0–1
 * @param shareOfParcelsWithin share of parcels within the target, 0–1 (a late village's parcels all count late)
 * @param townships per township
 * @param remoteVillages codes of the villages flagged remote
 * @param remoteRule the rule applied and where it comes from (the county's, the default or the query's)
 */
public record Compliance(long targetHours, double remoteThresholdMinutes, List<VillageCompliance> villages,
        double shareOfVillagesWithin, double shareOfParcelsWithin, List<TownshipCompliance> townships,
        List<String> remoteVillages, RemoteRule remoteRule) {

    /**
     * @param code village
     * @param name name
     * @param townshipCode township
     * @param worstAgeHours worst planned age
     * @param averageAgeHours mean planned age
     * @param parcels parcels of the week
     * @param withinTarget every parcel within the target
     * @param remote remote by the rule: road time from the centre at or over its threshold, or on its list
     * @param reason why the target cannot be met, or null
     */
    public record VillageCompliance(String code, String name, String townshipCode, double worstAgeHours,
            double averageAgeHours, int parcels, boolean withinTarget, boolean remote, String reason) {
    }

    /**
     * @param townshipCode township
     * @param villages villages with demand
     * @param villagesWithin of which within the target
     * @param parcels parcels
     * @param parcelsWithin of which within the target
     * @param worstAgeHours worst planned age
     */
    public record TownshipCompliance(String townshipCode, int villages, int villagesWithin, int parcels,
            int parcelsWithin, double worstAgeHours) {
    }

    /**
     * @param result a stored calendar
     * @param rule the remote rule: villages at or beyond its road time from the centre (the calendar's road times),
     *        or on its list
     * @return the report
     */
    public static Compliance of(CalendarResult result, RemoteRule rule) {
        List<VillageCompliance> villages = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> worst = new LinkedHashMap<>();
        int within = 0;
        long parcels = 0;
        long parcelsWithin = 0;
        for (CalendarResult.VillageRow row : result.villages()) {
            boolean remote = rule.remote(row.code(), row.roadMinutes());
            villages.add(new VillageCompliance(row.code(), row.name(), row.townshipCode(), row.worstAgeHours(),
                    row.averageAgeHours(), row.parcels(), row.withinTarget(), remote, row.unmetReason()));
            int[] c = counts.computeIfAbsent(row.townshipCode(), t -> new int[4]);
            c[0]++;
            c[2] += row.parcels();
            parcels += row.parcels();
            if (row.withinTarget()) {
                within++;
                c[1]++;
                c[3] += row.parcels();
                parcelsWithin += row.parcels();
            }
            worst.merge(row.townshipCode(), row.worstAgeHours(), Math::max);
        }
        List<TownshipCompliance> townships = new ArrayList<>();
        counts.forEach((township, c) -> townships.add(new TownshipCompliance(township, c[0], c[1], c[2], c[3],
                worst.get(township))));
        return new Compliance(result.targetHours(), rule.roadMinutes(), villages,
                villages.isEmpty() ? 1 : (double) within / villages.size(),
                parcels == 0 ? 1 : (double) parcelsWithin / parcels, townships,
                villages.stream().filter(VillageCompliance::remote).map(VillageCompliance::code).toList(), rule);
    }
}
