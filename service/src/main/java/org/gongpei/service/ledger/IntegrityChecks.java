package org.gongpei.service.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.gongpei.planning.ledger.LedgerTimes;
import org.gongpei.service.ledger.IntegrityFindings.Finding;
import org.gongpei.service.ledger.IntegrityFindings.RuleResult;
import org.gongpei.service.ledger.IntegrityFindings.VillageSuspicion;

/**
 * Runs the integrity checks on a county's current records of a period, in PostgreSQL, each rule one query over
 * the period's rows, a few rules at once; the road-time rules are {@link RoadTimeChecks}.
 */
@ApplicationScoped
public class IntegrityChecks {

    private static final Logger LOG = Logger.getLogger(IntegrityChecks.class);
    private static final int MAX_FINDINGS = 1_000;
    private static final int MAX_WAYBILLS = 50;

    @Inject
    DataSource dataSource;

    @Inject
    RoadTimeChecks roadTimes;

    /** How many rules run at once, each on a connection of its own: the machine's cores unless set. */
    @ConfigProperty(name = "gongpei.records.integrity-parallelism")
    Optional<Integer> parallelism;

    /** One rule's query, run in a transaction of its own. */
    @FunctionalInterface
    interface RuleQuery {
        RuleResult run(Connection connection) throws SQLException;
    }

    public IntegrityFindings check(String countyCode, LocalDate from, LocalDate to, IntegritySettings settings) {
        Map<IntegrityRule, RuleQuery> queries = new EnumMap<>(IntegrityRule.class);
        queries.put(IntegrityRule.SIGNED_BEFORE_ARRIVAL, c -> run(c, IntegrityRule.SIGNED_BEFORE_ARRIVAL,
                "signedBeforeArrival", List.of(), "signedBeforeArrival",
                "select array[waybill], array[village_code], vehicle, signed_at,"
                        + " array[to_char(arrived_at_station - signed_at, 'HH24:MI')]"
                        + " from period where signed_at < arrived_at_station order by signed_at",
                countyCode, from, to));
        queries.put(IntegrityRule.WAYBILL_IN_TWO_BATCHES, c -> run(c, IntegrityRule.WAYBILL_IN_TWO_BATCHES,
                "importsNotCorrections", List.of(), "inImportBatches",
                "select array[r.waybill], array_agg(distinct r.village_code), null::text, min(b.imported_at),"
                        + " array[count(distinct b.id)::text, string_agg(distinct b.seq::text, ', ')]"
                        + " from delivery_record r join ledger_batch b on b.id = r.batch_id"
                        + " where b.county_code = ? and b.kind = 'IMPORT' and r.waybill in (select p.waybill"
                        + " from period p where p.waybill in (select d.waybill from record_superseded s"
                        + " join delivery_record d on d.batch_id = s.batch_id and d.row_number = s.row_number"
                        + " join ledger_batch sb on sb.id = s.batch_id"
                        + " where s.reason = 'REPEATED' and sb.county_code = ?))"
                        + " group by r.waybill having count(distinct b.id) > 1 order by r.waybill",
                countyCode, from, to, countyCode, countyCode));
        // The parcels of each minute and vehicle are counted first (one sort, by minute, then vehicle bytewise), so
        // that the aggregates listing waybills and villages run on the few crowded minutes only.
        queries.put(IntegrityRule.BULK_SIGN_OFF, c -> run(c, IntegrityRule.BULK_SIGN_OFF, "bulkSignOff",
                List.of(Integer.toString(settings.bulkMinParcels()), Integer.toString(settings.bulkMinVillages())),
                "bulkSignOff",
                "select (array_agg(waybill order by waybill))[1:" + MAX_WAYBILLS + "],"
                        + " array_agg(distinct village_code), vehicle, minute,"
                        + " array[count(*)::text, count(distinct village_code)::text]"
                        + " from (select waybill, village_code, vehicle, date_trunc('minute', signed_at) as minute,"
                        + " count(*) over (partition by date_trunc('minute', signed_at), vehicle collate \"C\")"
                        + " as parcels from period where vehicle is not null and signed_at is not null) same_minute"
                        + " where parcels >= " + settings.bulkMinParcels()
                        + " group by vehicle, minute having count(distinct village_code) >= " + settings.bulkMinVillages()
                        + " order by 4", countyCode, from, to));
        String arrivedAtNight = night("arrived_at_station", settings, from, to);
        String signedAtNight = night("signed_at", settings, from, to);
        queries.put(IntegrityRule.NIGHT_TIME, c -> run(c, IntegrityRule.NIGHT_TIME, "nightTime",
                List.of(settings.nightStart().toString(), settings.nightEnd().toString()), "nightTime",
                "select array[waybill], array[village_code], vehicle, coalesce(" + arrivedAtNight + ", "
                        + signedAtNight + "), array[]::text[] from period where "
                        + arrivedAtNight + " is not null or " + signedAtNight + " is not null order by 4",
                countyCode, from, to));
        queries.putAll(roadTimes.queries(countyCode, from, to));
        Map<IntegrityRule, RuleResult> results = runAll(countyCode, queries);
        List<RuleResult> rules = List.copyOf(results.values());
        try (Connection connection = dataSource.getConnection()) {
            return new IntegrityFindings(countyCode, from, to, rules, suspicion(connection, countyCode, rules));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the records of county " + countyCode, e);
        }
    }

    /**
     * Runs the rules' queries a few at a time, each in a read-only transaction of its own; the longest (the
     * road-time rule between stations and the bulk sign-offs, which sort or group all the period's rows) first.
     */
    private Map<IntegrityRule, RuleResult> runAll(String countyCode, Map<IntegrityRule, RuleQuery> queries) {
        List<IntegrityRule> order = new ArrayList<>(queries.keySet());
        order.sort(Comparator.comparingInt(rule -> LONGEST_FIRST.indexOf(rule) < 0 ? LONGEST_FIRST.size()
                : LONGEST_FIRST.indexOf(rule)));
        int threads = Math.max(1, parallelism.orElse(Runtime.getRuntime().availableProcessors()));
        Map<IntegrityRule, Future<RuleResult>> running = new EnumMap<>(IntegrityRule.class);
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, order.size()));
        try {
            for (IntegrityRule rule : order) {
                running.put(rule, executor.submit(() -> {
                    long start = System.nanoTime();
                    RuleResult result = inTransaction(queries.get(rule));
                    LOG.infof("County %s: integrity rule %s took %.1f s", countyCode, rule,
                            (System.nanoTime() - start) / 1e9);
                    return result;
                }));
            }
            Map<IntegrityRule, RuleResult> results = new EnumMap<>(IntegrityRule.class);
            for (Map.Entry<IntegrityRule, Future<RuleResult>> entry : running.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the records of county " + countyCode, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot check the records of county " + countyCode + ": "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private static final List<IntegrityRule> LONGEST_FIRST = List.of(IntegrityRule.VEHICLE_FASTER_THAN_ROAD,
            IntegrityRule.BULK_SIGN_OFF, IntegrityRule.FASTER_THAN_ROAD_FROM_CENTRE, IntegrityRule.NIGHT_TIME);

    private RuleResult inTransaction(RuleQuery query) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CurrentRecords.beginSnapshot(connection);
            // The rules already run side by side, one per core: parallel workers on top of them only compete for the
            // same cores (a year's checks were no faster with them).
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local work_mem = '64MB'");
                settings.execute("set local max_parallel_workers_per_gather = 0");
            }
            try {
                return query.run(connection);
            } finally {
                CurrentRecords.endSnapshot(connection);
            }
        }
    }

    /**
     * @return an SQL expression: the column's time when it lies in the night (Asia/Shanghai), else null. Where
     *         the zone keeps one offset throughout the period (China since 1991), the local time of day is
     *         reckoned from the offset, which is about twice as fast over millions of rows as a zone conversion.
     */
    private static String night(String column, IntegritySettings settings, LocalDate from, LocalDate to) {
        ZoneRules rules = LedgerTimes.CHINA.getRules();
        Instant start = from.atStartOfDay(LedgerTimes.CHINA).toInstant();
        Instant end = to.atStartOfDay(LedgerTimes.CHINA).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(start.minus(Duration.ofDays(1)));
        boolean fixed = next == null || next.getInstant().isAfter(end.plus(Duration.ofDays(31)));
        String local;
        String nightStart;
        String nightEnd;
        if (fixed) {
            int offset = rules.getOffset(start).getTotalSeconds();
            local = "mod(floor(date_part('epoch', " + column + "))::bigint + " + offset + ", 86400)";
            nightStart = Integer.toString(settings.nightStart().toSecondOfDay());
            nightEnd = Integer.toString(settings.nightEnd().toSecondOfDay());
        } else {
            local = "(" + column + " at time zone 'Asia/Shanghai')::time";
            nightStart = "'" + settings.nightStart() + "'::time";
            nightEnd = "'" + settings.nightEnd() + "'::time";
        }
        String inNight = settings.nightStart().isAfter(settings.nightEnd())
                ? local + " >= " + nightStart + " or " + local + " < " + nightEnd
                : local + " >= " + nightStart + " and " + local + " < " + nightEnd;
        return "(case when " + inNight + " then " + column + " end)";
    }

    /**
     * @param select a query over {@code period} whose columns are the waybills, the villages, the vehicle, the
     *               moment and the arguments of the detail ({@code text[]})
     */
    private static RuleResult run(Connection connection, IntegrityRule rule, String noteCode, List<String> noteArguments,
            String detailCode, String select, String countyCode, LocalDate from, LocalDate to, String... more)
            throws SQLException {
        List<Finding> findings = new ArrayList<>();
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(CurrentRecords.period(connection,
                countyCode) + CurrentRecords.firstRowsCounted(select, MAX_FINDINGS))) {
            statement.setString(1, countyCode);
            statement.setObject(2, from);
            statement.setObject(3, to);
            for (int i = 0; i < more.length; i++) {
                statement.setString(4 + i, more[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    count = result.getLong(6);
                    Timestamp at = result.getTimestamp(4);
                    findings.add(Finding.of(strings(result.getArray(1)), strings(result.getArray(2)),
                            result.getString(3), at == null ? null : at.toInstant(), detailCode,
                            strings(result.getArray(5))));
                }
            }
        }
        return RuleResult.of(rule, true, noteCode, noteArguments, count, findings);
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
