package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.ledger.RecordCompliance.Figures;
import org.gongpei.service.ledger.RecordCompliance.Group;

/**
 * Computes {@link RecordCompliance} in PostgreSQL. The current row of a waybill is its latest correction, or
 * else its first import; a parcel belongs to the period by the date (Asia/Shanghai) it was taken in at the
 * centre. Percentiles are PostgreSQL's {@code percentile_cont}.
 */
@ApplicationScoped
public class RecordComplianceQuery {

    private static final String CURRENT = CurrentRecords.PERIOD;
    private static final String FIGURES = "count(*), count(*) filter (where hours <= ?),"
            + " coalesce(percentile_cont(0.5) within group (order by hours), 0),"
            + " coalesce(percentile_cont(0.95) within group (order by hours), 0)";

    @Inject
    DataSource dataSource;

    /**
     * @param from the first day of intake, inclusive
     * @param to   the day after the last, exclusive
     */
    public RecordCompliance compute(String countyCode, LocalDate from, LocalDate to, int targetHours) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Figures total = groups(connection, "'all'", "null", "", countyCode, from, to, targetHours).stream()
                    .findFirst().map(Group::figures).orElse(new Figures(0, 0, 0, 0, 0));
            List<Group> villages = new ArrayList<>(groups(connection, "p.village_code", "min(v.name)",
                    " left join county c on c.code = ? left join village v on v.county_id = c.id and v.code = p.village_code"
                            + " group by p.village_code", countyCode, from, to, targetHours, countyCode));
            villages.sort(Comparator.comparingDouble((Group g) -> g.figures().share()).thenComparing(Group::key));
            List<Group> townships = groups(connection, "t.code", "min(t.name)", " join county c on c.code = ?"
                    + " join village v on v.county_id = c.id and v.code = p.village_code"
                    + " join township t on t.id = v.township_id group by t.code order by t.code",
                    countyCode, from, to, targetHours, countyCode);
            List<Group> carriers = groups(connection, "p.carrier", "null", " group by p.carrier order by p.carrier",
                    countyCode, from, to, targetHours);
            List<Group> months = groups(connection, "to_char(p.day, 'YYYY-MM')", "null",
                    " group by to_char(p.day, 'YYYY-MM') order by 1", countyCode, from, to, targetHours);
            double complete = completeShare(connection, countyCode, from, to);
            List<String> silent = villagesWithoutDelivery(connection, countyCode, from, to);
            connection.rollback();
            return new RecordCompliance(countyCode, from, to, targetHours, total, complete, villages, silent,
                    townships, carriers, months);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compute the compliance of county " + countyCode, e);
        }
    }

    private static List<Group> groups(Connection connection, String key, String name, String tail, String county,
            LocalDate from, LocalDate to, int targetHours, String... more) throws SQLException {
        String sql = CURRENT + " select " + key + ", " + name + ", " + FIGURES.replace("hours", "p.hours")
                + " from period p" + tail;
        List<Group> groups = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            select.setString(i++, county);
            select.setObject(i++, from);
            select.setObject(i++, to);
            select.setDouble(i++, targetHours);
            for (String value : more) {
                select.setString(i++, value);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long parcels = result.getLong(3);
                    if (parcels == 0) {
                        continue;
                    }
                    long within = result.getLong(4);
                    groups.add(new Group(result.getString(1), result.getString(2), new Figures(parcels, within,
                            (double) within / parcels, result.getDouble(5), result.getDouble(6))));
                }
            }
        }
        return groups;
    }

    private static double completeShare(Connection connection, String county, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CURRENT + " select count(*), count(*) filter"
                + " (where arrived_at_hub is not null and signed_at is not null and vehicle is not null) from period")) {
            select.setString(1, county);
            select.setObject(2, from);
            select.setObject(3, to);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                long rows = result.getLong(1);
                return rows == 0 ? 0 : (double) result.getLong(2) / rows;
            }
        }
    }

    private static List<String> villagesWithoutDelivery(Connection connection, String county, LocalDate from,
            LocalDate to) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CURRENT + " select v.code from county c"
                + " join village v on v.county_id = c.id where c.code = ?"
                + " and not exists (select 1 from period p where p.village_code = v.code) order by v.code")) {
            select.setString(1, county);
            select.setObject(2, from);
            select.setObject(3, to);
            select.setString(4, county);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    codes.add(result.getString(1));
                }
            }
        }
        return codes;
    }
}
