package org.gongpei.service.parity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.county.InputError;

/** The counties' remote-area rules (table {@code county_remote_rule}), by county code. */
@ApplicationScoped
public class RemoteRules {

    @Inject
    DataSource dataSource;

    /** @return the county's rule, or the default when it saved none */
    public RemoteRule rule(String countyCode) {
        return setting(countyCode).map(RemoteRuleSetting::rule).orElseGet(RemoteRule::byDefault);
    }

    /** @return the county's saved rule, if any */
    public Optional<RemoteRuleSetting> setting(String countyCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select road_minutes, village_codes, saved_by,"
                        + " saved_at from county_remote_rule where county_code = ?")) {
            select.setString(1, countyCode);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Integer minutes = row.getObject(1) == null ? null : row.getInt(1);
                Array codes = row.getArray(2);
                return Optional.of(new RemoteRuleSetting(minutes, List.of((String[]) codes.getArray()),
                        row.getString(3), row.getObject(4, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the remote rule of county " + countyCode, e);
        }
    }

    /**
     * Saves the county's rule in place of the one before.
     *
     * @param roadMinutes ≥ 0, or null for not set
     * @param villageCodes the county's villages declared remote
     */
    public RemoteRuleSetting save(String countyCode, Integer roadMinutes, List<String> villageCodes, String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("insert into county_remote_rule (county_code,"
                        + " road_minutes, village_codes, saved_by) values (?, ?, ?, ?) on conflict (county_code) do update"
                        + " set road_minutes = excluded.road_minutes, village_codes = excluded.village_codes,"
                        + " saved_by = excluded.saved_by, saved_at = now()")) {
            upsert.setString(1, countyCode);
            if (roadMinutes == null) {
                upsert.setNull(2, Types.INTEGER);
            } else {
                upsert.setInt(2, roadMinutes);
            }
            upsert.setArray(3, connection.createArrayOf("text", villageCodes.toArray(String[]::new)));
            upsert.setString(4, username);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the remote rule of county " + countyCode, e);
        }
        return setting(countyCode).orElseThrow();
    }

    /**
     * @param remoteMinutes the query's road time from which a village is remote, 0 for none; absent for the
     *        county's rule
     * @return the rule the query asks for, or the county's (its setting or the default); null with an error added
     */
    public RemoteRule resolve(String code, String remoteMinutes, List<InputError> errors) {
        if (remoteMinutes == null || remoteMinutes.isBlank()) {
            return rule(code);
        }
        double minutes;
        try {
            minutes = Double.parseDouble(remoteMinutes.strip());
        } catch (NumberFormatException e) {
            minutes = Double.NaN;
        }
        if (!(minutes >= 0) || Double.isInfinite(minutes)) {
            errors.add(new InputError("query", "remoteMinutes", "remoteMinutes is a road time in minutes ≥ 0 (0 for"
                    + " none), was " + remoteMinutes));
            return null;
        }
        return RemoteRule.requested(minutes);
    }
}
