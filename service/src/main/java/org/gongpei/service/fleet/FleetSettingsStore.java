package org.gongpei.service.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.fleet.FleetSettings;

/**
 * The versions of each county's fleet and cost settings: saving makes a new version, the earlier ones stay (the
 * table refuses updates and deletes), and a county that saved none has the demo defaults as version 0.
 */
@ApplicationScoped
public class FleetSettingsStore {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** @return the county's latest settings, or the defaults (version 0) */
    public StoredFleetSettings current(String countyCode) {
        return select(countyCode, " order by version desc limit 1", null).stream().findFirst()
                .orElseGet(() -> StoredFleetSettings.defaults(countyCode));
    }

    /**
     * @return the county's settings of that version (0: the defaults)
     * @throws FleetSettingsNotFoundException when the county has no such version
     */
    public StoredFleetSettings version(String countyCode, int version) {
        if (version == StoredFleetSettings.DEFAULTS) {
            return StoredFleetSettings.defaults(countyCode);
        }
        return select(countyCode, " and version = ?", version).stream().findFirst()
                .orElseThrow(() -> new FleetSettingsNotFoundException(countyCode, version));
    }

    /** @return every saved version of the county, newest first, without the defaults */
    public List<StoredFleetSettings> history(String countyCode) {
        return select(countyCode, " order by version desc", null);
    }

    /**
     * Saves the settings as the county's next version (saves of one county queue behind each other).
     *
     * @param settings settings without {@link FleetSettings#problems()}
     * @param username who saves them
     * @return the new version
     */
    public StoredFleetSettings save(String countyCode, FleetSettings settings, String username) {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException("Fleet settings that cannot be used: " + settings.problems());
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtext('fleet_settings:' || ?))");
                    PreparedStatement insert = connection.prepareStatement("insert into fleet_settings"
                            + " (county_code, version, settings_json, saved_by) select ?, coalesce(max(version), 0) + 1,"
                            + " ?, ? from fleet_settings where county_code = ?"
                            + " returning version, settings_json, saved_at, saved_by")) {
                lock.setString(1, countyCode);
                lock.execute();
                insert.setString(1, countyCode);
                insert.setString(2, json.writeValueAsString(settings));
                insert.setString(3, username);
                insert.setString(4, countyCode);
                StoredFleetSettings saved;
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    saved = row(countyCode, result);
                }
                connection.commit();
                return saved;
            } catch (SQLException | JsonProcessingException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot save the fleet settings of county " + countyCode, e);
        }
    }

    /** @return the county's versions that the rest of the query ({@code and …}, {@code order by …}) selects */
    private List<StoredFleetSettings> select(String countyCode, String rest, Integer version) {
        List<StoredFleetSettings> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select version, settings_json, saved_at,"
                        + " saved_by from fleet_settings where county_code = ?" + rest)) {
            select.setString(1, countyCode);
            if (version != null) {
                select.setInt(2, version);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(row(countyCode, rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the fleet settings of county " + countyCode, e);
        }
        return versions;
    }

    private StoredFleetSettings row(String countyCode, ResultSet rows) throws SQLException {
        try {
            return new StoredFleetSettings(countyCode, rows.getInt(1),
                    json.readValue(rows.getString(2), FleetSettings.class), rows.getObject(3, OffsetDateTime.class),
                    rows.getString(4));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored fleet settings of county " + countyCode + " cannot be read", e);
        }
    }
}
