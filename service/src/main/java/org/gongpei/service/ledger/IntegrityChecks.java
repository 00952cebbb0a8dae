package org.gongpei.service.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.ledger.IntegrityFindings.Finding;
import org.gongpei.service.ledger.IntegrityFindings.RuleResult;
import org.gongpei.service.ledger.IntegrityFindings.VillageSuspicion;

/**
 * Runs the integrity checks on a county's current records of a period, in PostgreSQL; the road-time rules are
 * {@link RoadTimeChecks}.
 */
@ApplicationScoped
public class IntegrityChecks {

    private static final int MAX_FINDINGS = 1_000;
    private static final int MAX_WAYBILLS = 50;

    @Inject
    DataSource dataSource;

    @Inject
    RoadTimeChecks roadTimes;

    public IntegrityFindings check(String countyCode, LocalDate from, LocalDate to, IntegritySettings settings) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            materializePeriod(connection, countyCode, from, to);
            List<RuleResult> rules = new ArrayList<>();
            rules.add(run(connection, IntegrityRule.SIGNED_BEFORE_ARRIVAL, "signed_at before arrived_at_station",
                    "select array[waybill], array[village_code], vehicle, signed_at,"
                            + " 'signed ' || to_char(arrived_at_station - signed_at, 'HH24:MI') || ' before arrival'"
                            + " from period where signed_at < arrived_at_station order by signed_at",
                    countyCode, from, to));
            rules.add(run(connection, IntegrityRule.WAYBILL_IN_TWO_BATCHES, "imports, not corrections",
                    "select array[r.waybill], array_agg(distinct r.village_code), null::text, min(b.imported_at),"
                            + " 'in ' || count(distinct b.id) || ' import batches: '"
                            + " || string_agg(distinct b.seq::text, ', ')"
                            + " from delivery_record r join ledger_batch b on b.id = r.batch_id"
                            + " where b.county_code = ? and b.kind = 'IMPORT'"
                            + " and r.waybill in (select waybill from period)"
                            + " group by r.waybill having count(distinct b.id) > 1 order by r.waybill",
                    countyCode, from, to, countyCode));
            rules.add(run(connection, IntegrityRule.BULK_SIGN_OFF, "at least " + settings.bulkMinParcels()
                    + " parcels of " + settings.bulkMinVillages() + " villages in one minute on one vehicle",
                    "select (array_agg(waybill order by waybill))[1:" + MAX_WAYBILLS + "],"
                            + " array_agg(distinct village_code), vehicle, date_trunc('minute', signed_at),"
                            + " count(*) || ' parcels of ' || count(distinct village_code) || ' villages signed in one minute'"
                            + " from period where vehicle is not null and signed_at is not null"
                            + " group by vehicle, date_trunc('minute', signed_at)"
                            + " having count(*) >= " + settings.bulkMinParcels()
                            + " and count(distinct village_code) >= " + settings.bulkMinVillages()
                            + " order by 4", countyCode, from, to));
            rules.add(run(connection, IntegrityRule.NIGHT_TIME, "stations closed from " + settings.nightStart()
                    + " to " + settings.nightEnd() + " (Asia/Shanghai)",
                    "select array[waybill], array[village_code], vehicle, coalesce(" + night("arrived_at_station",
                            settings) + ", " + night("signed_at", settings) + "),"
                            + " 'at the station or signed at night' from period where " + night("arrived_at_station",
                            settings) + " is not null or " + night("signed_at", settings) + " is not null order by 4",
                    countyCode, from, to));
            rules.addAll(roadTimes.check(connection, countyCode, from, to));
            List<VillageSuspicion> villages = suspicion(connection, countyCode, rules);
            connection.rollback();
            return new IntegrityFindings(countyCode, from, to, rules, villages);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the records of county " + countyCode, e);
        }
    }

    /**
     * Reads the current rows of the period once, into a temporary table of the transaction that every rule reads
     * (the choice of each waybill's current row reads all the county's rows).
     */
    private static void materializePeriod(Connection connection, String countyCode, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement create = connection.prepareStatement("create temporary table integrity_period"
                + " on commit drop as " + CurrentRecords.PERIOD + " select * from period")) {
            create.setString(1, countyCode);
            create.setObject(2, from);
            create.setObject(3, to);
            create.execute();
        }
        try (PreparedStatement analyze = connection.prepareStatement("analyze integrity_period")) {
            analyze.execute();
        }
    }

    /** @return an SQL expression: the column's time when it lies in the night, else null */
    private static String night(String column, IntegritySettings settings) {
        String local = "(" + column + " at time zone 'Asia/Shanghai')::time";
        String start = "'" + settings.nightStart() + "'::time";
        String end = "'" + settings.nightEnd() + "'::time";
        String inNight = settings.nightStart().isAfter(settings.nightEnd())
                ? local + " >= " + start + " or " + local + " < " + end
                : local + " >= " + start + " and " + local + " < " + end;
        return "(case when " + inNight + " then " + column + " end)";
    }

    private static RuleResult run(Connection connection, IntegrityRule rule, String note, String select,
            String countyCode, LocalDate from, LocalDate to, String... more) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                "with period as (select * from integrity_period) " + select)) {
            for (int i = 0; i < more.length; i++) {
                statement.setString(1 + i, more[i]);
            }
            statement.setFetchSize(1_000);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    count++;
                    if (findings.size() < MAX_FINDINGS) {
                        Timestamp at = result.getTimestamp(4);
                        findings.add(new Finding(strings(result.getArray(1)), strings(result.getArray(2)),
                                result.getString(3), at == null ? null : at.toInstant(), result.getString(5)));
                    }
                }
            }
        }
        return new RuleResult(rule, true, note, count, findings);
    }

    private static List<VillageSuspicion> suspicion(Connection connection, String countyCode, List<RuleResult> rules)
            throws SQLException {
        Map<String, Map<IntegrityRule, Long>> perVillage = new TreeMap<>();
        for (RuleResult rule : rules) {
            for (Finding finding : rule.findings()) {
                for (String village : finding.villageCodes()) {
                    perVillage.computeIfAbsent(village, v -> new EnumMap<>(IntegrityRule.class))
                            .merge(rule.rule(), 1L, Long::sum);
                }
            }
        }
        Map<String, String> names = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select v.code, v.name from village v join county c on c.id = v.county_id where c.code = ?")) {
            select.setString(1, countyCode);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    names.put(result.getString(1), result.getString(2));
                }
            }
        }
        List<VillageSuspicion> villages = new ArrayList<>();
        perVillage.forEach((code, counts) -> villages.add(new VillageSuspicion(code, names.get(code),
                counts.values().stream().mapToLong(Long::longValue).sum(), counts)));
        villages.sort(Comparator.comparingLong(VillageSuspicion::findings).reversed()
                .thenComparing(VillageSuspicion::villageCode));
        return villages;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
