package org.gongpei.service.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.ledger.IntegrityFindings.Finding;
import org.gongpei.service.ledger.IntegrityFindings.RuleResult;
import org.gongpei.service.roads.NoRoadNetworkException;
import org.gongpei.service.roads.RoadNetworks;

/**
 * The two road-time integrity rules, on the county's road network: a station reached sooner after the parcel left
 * the centre than the road from the centre allows; and one vehicle at two stations in a row sooner apart than the
 * road between the two villages allows. Both use the tolerance of {@link RoadTimeSettings}; the rows are selected
 * in PostgreSQL, with the road times of the villages handed to the query. Without a road network for the county
 * neither is run.
 */
@ApplicationScoped
public class RoadTimeChecks {

    private static final int MAX_FINDINGS = 1_000;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @ConfigProperty(name = "gongpei.ledger.road-time.profile", defaultValue = "VAN")
    VehicleProfile profile;

    @ConfigProperty(name = "gongpei.ledger.road-time.tolerance-share", defaultValue = "0.2")
    double toleranceShare;

    @ConfigProperty(name = "gongpei.ledger.road-time.tolerance-minutes", defaultValue = "10")
    int toleranceMinutes;

    /** @return the tolerance in force */
    public RoadTimeSettings settings() {
        return new RoadTimeSettings(profile, toleranceShare, toleranceMinutes);
    }

    /**
     * @return the results of {@link IntegrityRule#FASTER_THAN_ROAD_FROM_CENTRE} and
     *         {@link IntegrityRule#VEHICLE_FASTER_THAN_ROAD}, in that order
     */
    List<RuleResult> check(Connection connection, String countyCode, LocalDate from, LocalDate to)
            throws SQLException {
        RoadTimeSettings settings = settings();
        VillageRoadTimes roads;
        try {
            roads = VillageRoadTimes.of(counties.network(countyCode), settings.profile(),
                    MatrixSource.roads(roadNetworks.forCounty(countyCode), matrixCacheDir));
        } catch (NoRoadNetworkException e) {
            String note = "not run: county " + countyCode + " has no road network";
            return List.of(new RuleResult(IntegrityRule.FASTER_THAN_ROAD_FROM_CENTRE, false, note, 0, List.of()),
                    new RuleResult(IntegrityRule.VEHICLE_FASTER_THAN_ROAD, false, note, 0, List.of()));
        }
        String note = settings.stated() + (roads.unreachable().isEmpty() ? ""
                : "; villages without a road time, not checked: " + String.join(", ", roads.unreachable()));
        return List.of(fromCentre(connection, countyCode, from, to, roads, settings, note),
                betweenStations(connection, countyCode, from, to, roads, settings, note));
    }

    private static RuleResult fromCentre(Connection connection, String countyCode, LocalDate from, LocalDate to,
            VillageRoadTimes roads, RoadTimeSettings settings, String note) throws SQLException {
        List<String> villages = new ArrayList<>(roads.index().keySet());
        Double[] allowed = villages.stream().map(v -> settings.allowedSeconds(roads.fromCentre(v)))
                .toArray(Double[]::new);
        List<Finding> findings = new ArrayList<>();
        long count = 0;
        try (PreparedStatement select = connection.prepareStatement(CurrentRecords.PERIOD
                + " select p.waybill, p.village_code, p.vehicle, p.arrived_at_station,"
                + " extract(epoch from p.arrived_at_station - p.left_centre)"
                + " from period p join unnest(?::text[], ?::float8[]) as road(village_code, allowed)"
                + " on road.village_code = p.village_code"
                + " where extract(epoch from p.arrived_at_station - p.left_centre) < road.allowed"
                + " order by p.arrived_at_station, p.waybill")) {
            period(select, countyCode, from, to);
            select.setArray(4, connection.createArrayOf("text", villages.toArray()));
            select.setArray(5, connection.createArrayOf("float8", allowed));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    if (count++ < MAX_FINDINGS) {
                        String village = result.getString(2);
                        findings.add(new Finding(List.of(result.getString(1)), List.of(village), result.getString(3),
                                result.getTimestamp(4).toInstant(), "at the station " + minutes(result.getDouble(5))
                                + " min after leaving the centre; the road takes " + minutes(roads.fromCentre(village))
                                + " min"));
                    }
                }
            }
        }
        return new RuleResult(IntegrityRule.FASTER_THAN_ROAD_FROM_CENTRE, true, note, count, findings);
    }

    private static RuleResult betweenStations(Connection connection, String countyCode, LocalDate from,
            LocalDate to, VillageRoadTimes roads, RoadTimeSettings settings, String note) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        long count = 0;
        try (PreparedStatement select = connection.prepareStatement(CurrentRecords.PERIOD
                + " select waybill, village_code, vehicle, arrived_at_station, before_waybill, before_village,"
                + " extract(epoch from arrived_at_station - before_at) from (select waybill, village_code, vehicle,"
                + " arrived_at_station, lag(waybill) over w as before_waybill,"
                + " lag(village_code) over w as before_village, lag(arrived_at_station) over w as before_at"
                + " from period where vehicle is not null"
                + " window w as (partition by vehicle order by arrived_at_station, waybill)) consecutive"
                + " where before_village <> village_code and extract(epoch from arrived_at_station - before_at) < ?"
                + " order by arrived_at_station, waybill")) {
            period(select, countyCode, from, to);
            select.setDouble(4, settings.allowedSeconds(roads.longest()));
            select.setFetchSize(1_000);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String before = result.getString(6);
                    String village = result.getString(2);
                    double road = roads.between(before, village);
                    double gap = result.getDouble(7);
                    if (Double.isNaN(road) || gap >= settings.allowedSeconds(road)) {
                        continue;
                    }
                    if (count++ < MAX_FINDINGS) {
                        Instant at = result.getTimestamp(4).toInstant();
                        findings.add(new Finding(List.of(result.getString(5), result.getString(1)),
                                List.of(before, village), result.getString(3), at, "at station " + village + " "
                                + minutes(gap) + " min after station " + before + "; the road takes " + minutes(road)
                                + " min"));
                    }
                }
            }
        }
        return new RuleResult(IntegrityRule.VEHICLE_FASTER_THAN_ROAD, true, note, count, findings);
    }

    private static void period(PreparedStatement select, String countyCode, LocalDate from, LocalDate to)
            throws SQLException {
        select.setString(1, countyCode);
        select.setObject(2, from);
        select.setObject(3, to);
    }

    private static long minutes(double seconds) {
        return Math.round(seconds / 60);
    }
}
