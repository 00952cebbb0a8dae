package org.gongpei.service.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Computes {@link PlanRecordComparison}: the planned visits from the stored plans' JSON, the records in SQL. */
@ApplicationScoped
public class PlanRecordQuery {

    /**
     * The planned visits: {@code (day, village_code, source, source_id, age_hours, worst_hours)} of the latest done
     * daily plan of each day, and of the latest done calendar of each week for days without a daily plan. Parameters:
     * county code, from, to, county code, from, to, from, to.
     */
    /** The rows of parcels that arrived in a period are looked for among those taken in up to this long before. */
    private static final java.time.Period LONGEST_DELIVERY = java.time.Period.ofDays(90);

    private static final String PLANNED = "with plan_days as (select distinct on (p.plan_date) p.plan_date as day,"
            + " p.id, p.result from daily_plan p join county c on c.id = p.county_id where c.code = ?"
            + " and p.status = 'DONE' and p.result is not null and p.plan_date >= ? and p.plan_date < ?"
            + " order by p.plan_date, p.id desc),"
            + " plan_visits as (select d.day, s->>'siteCode' as village_code, 'PLAN' as source, d.id as source_id,"
            + " min((s->>'arrivalSeconds')::bigint) / 3600.0 - 6 as age_hours,"
            + " min((s->>'arrivalSeconds')::bigint) / 3600.0 - 6 as worst_hours"
            + " from plan_days d, jsonb_array_elements(d.result->'routes') r, jsonb_array_elements(r->'stops') s"
            + " where s->>'kind' = 'VILLAGE_DELIVERY' group by d.day, s->>'siteCode', d.id),"
            + " weeks as (select distinct on ((j.request->>'weekStart')::date) (j.request->>'weekStart')::date as week,"
            + " j.id, j.result from calendar_job j join county c on c.id = j.county_id where c.code = ?"
            + " and j.kind = 'CALENDAR' and j.status = 'DONE' and j.result is not null"
            + " and (j.request->>'weekStart')::date > ?::date - 7 and (j.request->>'weekStart')::date < ?"
            + " order by (j.request->>'weekStart')::date, j.id desc),"
            + " calendar_visits as (select w.week + (array_position(array['MON','TUE','WED','THU','FRI','SAT','SUN'],"
            + " visit.day) - 1) as day, v->>'code' as village_code, 'CALENDAR' as source, w.id as source_id,"
            + " (v->>'averageAgeHours')::float8 as age_hours, (v->>'worstAgeHours')::float8 as worst_hours"
            + " from weeks w, jsonb_array_elements(w.result->'villages') v,"
            + " jsonb_array_elements_text(v->'visitDays') as visit(day)),"
            + " planned as (select * from plan_visits union all select * from calendar_visits k where k.day >= ?"
            + " and k.day < ? and not exists (select 1 from plan_days d where d.day = k.day))";

    @Inject
    DataSource dataSource;

    /** @return plan against record of the county's villages for the days [from, to) */
    public PlanRecordComparison compare(String countyCode, LocalDate from, LocalDate to) {
        Map<String, Builder> villages = new TreeMap<>();
        TreeSet<Long> plans = new TreeSet<>();
        TreeSet<Long> calendars = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            CurrentRecords.beginSnapshot(connection);
            try {
                compare(connection, countyCode, from, to, villages, plans, calendars);
            } finally {
                CurrentRecords.endSnapshot(connection);
            }
            Map<String, String[]> names = names(connection, countyCode);
            List<PlanRecordComparison.Village> rows = new ArrayList<>();
            long planned = 0;
            long recorded = 0;
            long missing = 0;
            long unplanned = 0;
            for (Map.Entry<String, Builder> entry : villages.entrySet()) {
                String[] name = names.getOrDefault(entry.getKey(), new String[2]);
                PlanRecordComparison.Village row = entry.getValue().build(entry.getKey(), name[0], name[1]);
                rows.add(row);
                planned += row.plannedDays().size();
                recorded += row.recordedDays().size();
                missing += row.plannedWithoutRecord().size();
                unplanned += row.recordedWithoutPlan().size();
            }
            return new PlanRecordComparison(countyCode, from, to, List.copyOf(plans), List.copyOf(calendars), planned,
                    recorded, missing, unplanned, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compare the plans and records of county " + countyCode, e);
        }
    }

    /** Reads the planned visits and the recorded arrivals of the county's villages into {@code villages}. */
    private static void compare(Connection connection, String countyCode, LocalDate from, LocalDate to,
            Map<String, Builder> villages, TreeSet<Long> plans, TreeSet<Long> calendars) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PLANNED
                + " select village_code, day, source, source_id, age_hours, worst_hours from planned"
                + " order by village_code, day")) {
            Object[] parameters = {countyCode, from, to, countyCode, from, to, from, to};
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Builder village = villages.computeIfAbsent(result.getString(1), code -> new Builder());
                    village.plannedDays.add(result.getObject(2, LocalDate.class));
                    village.ages.add(result.getDouble(5));
                    village.worst = Math.max(village.worst, result.getDouble(6));
                    (result.getString(3).equals("PLAN") ? plans : calendars).add(result.getLong(4));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(CurrentRecords.period(connection, countyCode)
                + ", arrivals as (select village_code, (arrived_at_station at time zone 'Asia/Shanghai')::date"
                + " as arrival_day, hours from period)"
                + " select village_code, array_agg(distinct arrival_day order by arrival_day), count(*),"
                + " percentile_cont(0.5) within group (order by hours), max(hours) from arrivals"
                + " where arrival_day >= ? and arrival_day < ? group by village_code")) {
            // parcels that arrived in the period, taken in at most LONGEST_DELIVERY before it
            Object[] parameters = {countyCode, from.minus(LONGEST_DELIVERY), to, from, to};
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Builder village = villages.computeIfAbsent(result.getString(1), code -> new Builder());
                    village.recordedDays.addAll(dates(result.getArray(2)));
                    village.parcels = result.getLong(3);
                    village.median = result.getDouble(4);
                    village.longest = result.getDouble(5);
                }
            }
        }
    }

    private static Map<String, String[]> names(Connection connection, String countyCode) throws SQLException {
        Map<String, String[]> names = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("select v.code, v.name, t.code from village v"
                + " join county c on c.id = v.county_id left join township t on t.id = v.township_id"
                + " where c.code = ?")) {
            select.setString(1, countyCode);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    names.put(result.getString(1), new String[] {result.getString(2), result.getString(3)});
                }
            }
        }
        return names;
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> dates = new ArrayList<>();
        for (Object day : (Object[]) array.getArray()) {
            dates.add(((Date) day).toLocalDate());
        }
        return dates;
    }

    /** One village's figures as they are read. */
    private static final class Builder {
        final TreeSet<LocalDate> plannedDays = new TreeSet<>();
        final List<Double> ages = new ArrayList<>();
        double worst = Double.NEGATIVE_INFINITY;
        final TreeSet<LocalDate> recordedDays = new TreeSet<>();
        long parcels;
        double median = Double.NaN;
        double longest = Double.NaN;

        PlanRecordComparison.Village build(String code, String name, String township) {
            TreeSet<LocalDate> missing = new TreeSet<>(plannedDays);
            missing.removeAll(recordedDays);
            TreeSet<LocalDate> unplanned = new TreeSet<>(recordedDays);
            unplanned.removeAll(plannedDays);
            Double mean = ages.isEmpty() ? null : ages.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            return new PlanRecordComparison.Village(code, name, township, List.copyOf(plannedDays), mean,
                    ages.isEmpty() ? null : worst, List.copyOf(recordedDays), parcels,
                    parcels == 0 ? null : median, parcels == 0 ? null : longest, List.copyOf(missing),
                    List.copyOf(unplanned));
        }
    }
}
