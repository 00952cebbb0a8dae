package org.gongpei.service.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.maps.VehicleProfile;
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
     * @return the queries of {@link IntegrityRule#FASTER_THAN_ROAD_FROM_CENTRE} and
     *         {@link IntegrityRule#VEHICLE_FASTER_THAN_ROAD}; without a road network, results saying they were not run
     */
    Map<IntegrityRule, IntegrityChecks.RuleQuery> queries(String countyCode, LocalDate from, LocalDate to) {
        RoadTimeSettings settings = settings();
        VillageRoadTimes roads;
        try {
            roads = VillageRoadTimes.of(counties.network(countyCode), settings.profile(),
                    roadNetworks.matricesForCounty(countyCode, matrixCacheDir));
        } catch (NoRoadNetworkException e) {
            List<String> county = List.of(countyCode);
            return Map.of(IntegrityRule.FASTER_THAN_ROAD_FROM_CENTRE,
                    c -> RuleResult.of(IntegrityRule.FASTER_THAN_ROAD_FROM_CENTRE, false, "noRoadNetwork", county, 0,
                            List.of()),
                    IntegrityRule.VEHICLE_FASTER_THAN_ROAD,
                    c -> RuleResult.of(IntegrityRule.VEHICLE_FASTER_THAN_ROAD, false, "noRoadNetwork", county, 0,
                            List.of()));
        }
        Note note = new Note(roads.unreachable().isEmpty() ? "roadTime" : "roadTimeUnreachable",
                roads.unreachable().isEmpty() ? settings.stated() : append(settings.stated(),
                        String.join(", ", roads.unreachable())));
        return Map.of(IntegrityRule.FASTER_THAN_ROAD_FROM_CENTRE,
                c -> fromCentre(c, countyCode, from, to, roads, settings, note),
                IntegrityRule.VEHICLE_FASTER_THAN_ROAD,
                c -> betweenStations(c, countyCode, from, to, roads, settings, note));
    }

    private static RuleResult fromCentre(Connection connection, String countyCode, LocalDate from, LocalDate to,
            VillageRoadTimes roads, RoadTimeSettings settings, Note note) throws SQLException {
        List<String> villages = new ArrayList<>(roads.index().keySet());
        Double[] allowed = villages.stream().map(v -> settings.allowedSeconds(roads.fromCentre(v)))
                .toArray(Double[]::new);
        List<Finding> findings = new ArrayList<>();
        long count = 0;
        try (PreparedStatement select = connection.prepareStatement(CurrentRecords.period(connection, countyCode)
                + CurrentRecords.firstRowsCounted("select p.waybill, p.village_code, p.vehicle, p.arrived_at_station,"
                + " extract(epoch from p.arrived_at_station - p.left_centre)"
                + " from period p join unnest(?::text[], ?::float8[]) as road(village_code, allowed)"
                + " on road.village_code = p.village_code"
                + " where extract(epoch from p.arrived_at_station - p.left_centre) < road.allowed"
                + " order by p.arrived_at_station, p.waybill", MAX_FINDINGS))) {
            period(select, countyCode, from, to);
            select.setArray(4, connection.createArrayOf("text", villages.toArray()));
            select.setArray(5, connection.createArrayOf("float8", allowed));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    count = result.getLong(6);
                    String village = result.getString(2);
                    findings.add(Finding.of(List.of(result.getString(1)), List.of(village), result.getString(3),
                            result.getTimestamp(4).toInstant(), "fasterFromCentre",
                            List.of(minutes(result.getDouble(5)), minutes(roads.fromCentre(village)))));
                }
            }
        }
        return RuleResult.of(IntegrityRule.FASTER_THAN_ROAD_FROM_CENTRE, true, note.code(), note.arguments(), count,
                findings);
    }

    private static RuleResult betweenStations(Connection connection, String countyCode, LocalDate from,
            LocalDate to, VillageRoadTimes roads, RoadTimeSettings settings, Note note) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        long count = 0;
        // Every pair of villages with the least time the road allows between them, handed to the query, so that
        // only the rows found too fast come back (a year has millions of consecutive stops). Vehicles and waybills
        // are ordered bytewise (collation "C"), which sorts millions of rows faster than the database's collation;
        // consecutive stops in one village are set aside before the road times are looked up.
        List<String> fromVillages = new ArrayList<>();
        List<String> toVillages = new ArrayList<>();
        List<Double> allowed = new ArrayList<>();
        for (String a : roads.index().keySet()) {
            for (String b : roads.index().keySet()) {
                double road = roads.between(a, b);
                if (!a.equals(b) && !Double.isNaN(road)) {
                    fromVillages.add(a);
                    toVillages.add(b);
                    allowed.add(settings.allowedSeconds(road));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(CurrentRecords.period(connection, countyCode)
                + ", road as (select * from unnest(?::text[], ?::text[], ?::float8[]) as road(before, after, allowed))"
                + CurrentRecords.firstRowsCounted("select waybill, village_code, vehicle, arrived_at_station, before_waybill, before_village,"
                + " extract(epoch from arrived_at_station - before_at) from (select waybill, village_code, vehicle,"
                + " arrived_at_station, lag(waybill) over w as before_waybill,"
                + " lag(village_code) over w as before_village, lag(arrived_at_station) over w as before_at"
                + " from period where vehicle is not null"
                + " window w as (partition by vehicle collate \"C\" order by arrived_at_station, waybill collate \"C\"))"
                + " consecutive join road on road.before = consecutive.before_village"
                + " and road.after = consecutive.village_code where consecutive.before_village <> consecutive.village_code"
                + " and extract(epoch from arrived_at_station - before_at) < road.allowed"
                + " order by arrived_at_station, waybill", MAX_FINDINGS))) {
            period(select, countyCode, from, to);
            select.setArray(4, connection.createArrayOf("text", fromVillages.toArray()));
            select.setArray(5, connection.createArrayOf("text", toVillages.toArray()));
            select.setArray(6, connection.createArrayOf("float8", allowed.toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    count = result.getLong(8);
                    String before = result.getString(6);
                    String village = result.getString(2);
                    findings.add(Finding.of(List.of(result.getString(5), result.getString(1)),
                            List.of(before, village), result.getString(3), result.getTimestamp(4).toInstant(),
                            "fasterBetweenStations", List.of(village, minutes(result.getDouble(7)), before,
                                    minutes(roads.between(before, village)))));
                }
            }
        }
        return RuleResult.of(IntegrityRule.VEHICLE_FASTER_THAN_ROAD, true, note.code(), note.arguments(), count,
                findings);
    }

    private static void period(PreparedStatement select, String countyCode, LocalDate from, LocalDate to)
            throws SQLException {
        select.setString(1, countyCode);
        select.setObject(2, from);
        select.setObject(3, to);
    }

    /** A rule's note as a code of {@link IntegrityTexts} and its arguments. */
    private record Note(String code, List<String> arguments) {
    }

    private static List<String> append(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private static String minutes(double seconds) {
        return Long.toString(Math.round(seconds / 60));
    }
}
