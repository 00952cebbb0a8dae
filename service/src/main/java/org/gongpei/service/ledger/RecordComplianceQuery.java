package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.ledger.RecordCompliance.Exemption;
import org.gongpei.service.ledger.RecordCompliance.Group;
import org.gongpei.service.ledger.RecordCompliance.RemoteVillage;
import org.gongpei.service.ledger.RecordTallies.PeriodTimes;
import org.gongpei.service.parity.RemoteRule;

/**
 * Computes {@link RecordCompliance} from the monthly tallies kept at import ({@link RecordTallies}), reading the
 * rows only for the days of months a period covers in part. The current row of a waybill is its latest
 * correction, or else its first import; a parcel belongs to the period by the date (Asia/Shanghai) it was taken
 * in at the centre.
 */
@ApplicationScoped
public class RecordComplianceQuery {

    @Inject
    DataSource dataSource;

    @Inject
    CountyService counties;

    @Inject
    RemoteVillages remoteVillages;

    /**
     * @param from          the first day of intake, inclusive
     * @param to            the day after the last, exclusive
     * @param remote the rule by which villages are exempted as remote; one that makes none remote gives no exemption
     */
    public RecordCompliance compute(String countyCode, LocalDate from, LocalDate to, int targetHours,
            RemoteRule remote) {
        CountyNetworkData county = counties.network(countyCode);
        PeriodTimes times;
        try (Connection connection = dataSource.getConnection()) {
            CurrentRecords.beginSnapshot(connection);
            times = RecordTallies.read(connection, countyCode, from, to);
            CurrentRecords.endSnapshot(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compute the compliance of county " + countyCode, e);
        }
        Exemption exemption = remote.none() ? null : remoteVillages.exempt(county, remote);
        Set<String> exempted = new HashSet<>();
        if (exemption != null) {
            exemption.villages().stream().map(RemoteVillage::code).forEach(exempted::add);
        }
        Map<String, VillageData> villageData = new HashMap<>();
        county.villages().forEach(v -> villageData.put(v.code(), v));
        Map<String, String> townshipNames = new HashMap<>();
        county.townships().forEach(t -> townshipNames.put(t.code(), t.name()));

        Map<String, DeliveryTimes> villages = new TreeMap<>();
        Map<String, DeliveryTimes> months = new TreeMap<>();
        Map<String, DeliveryTimes> townships = new TreeMap<>();
        DeliveryTimes all = new DeliveryTimes();
        DeliveryTimes counted = new DeliveryTimes();
        times.villagesByMonth().forEach((month, byVillage) -> byVillage.forEach((code, village) -> {
            merge(villages, code, village);
            merge(months, month.toString().substring(0, 7), village);
            VillageData data = villageData.get(code);
            if (data != null) {
                merge(townships, data.townshipCode(), village);
            }
            all.addAll(village);
            if (!exempted.contains(code)) {
                counted.addAll(village);
            }
        }));
        List<Group> villageGroups = groups(villages, targetHours,
                code -> villageData.containsKey(code) ? villageData.get(code).name() : null);
        villageGroups.sort(Comparator.comparingDouble((Group g) -> g.figures().share()).thenComparing(Group::key));
        List<String> silent = county.villages().stream().map(VillageData::code)
                .filter(code -> !villages.containsKey(code) || villages.get(code).parcels() == 0).sorted().toList();
        double complete = all.parcels() == 0 ? 0 : (double) all.complete() / all.parcels();
        return new RecordCompliance(countyCode, from, to, targetHours, counted.figures(targetHours),
                all.figures(targetHours), complete, villageGroups, silent,
                groups(townships, targetHours, townshipNames::get), groups(times.carriers(), targetHours, c -> null),
                groups(months, targetHours, m -> null), exemption);
    }

    private static void merge(Map<String, DeliveryTimes> groups, String key, DeliveryTimes times) {
        groups.computeIfAbsent(key, k -> new DeliveryTimes()).addAll(times);
    }

    private static List<Group> groups(Map<String, DeliveryTimes> times, int targetHours,
            Function<String, String> name) {
        List<Group> groups = new ArrayList<>();
        new TreeMap<>(times).forEach((key, value) -> {
            if (value.parcels() > 0) {
                groups.add(new Group(key, name.apply(key), value.figures(targetHours)));
            }
        });
        return groups;
    }
}
