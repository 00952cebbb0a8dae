package org.gongpei.service.county;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * Reads a county network from CSV files in the layout of the NBS admin lists, plus coordinates:
 * <ul>
 * <li>{@code townships.csv}: {@code code,name} and optionally the seat's {@code lat,lon};</li>
 * <li>{@code villages.csv}: {@code code,name,streetCode} (or {@code townshipCode}), {@code lat,lon},
 * and optionally {@code population,poor,station};</li>
 * <li>{@code hubs.csv} (optional): {@code code,name,townshipCode,lat,lon} and optionally
 * {@code designated,coldStorage,capacityParcelsPerDay}.</li>
 * </ul>
 * Other columns (e.g. {@code provinceCode}) are ignored. Syntax errors are reported all at once
 * as {@link InvalidInputException.Kind#MALFORMED}.
 */
public final class CountyCsvReader {

    private CountyCsvReader() {
    }

    /** County-level fields that a CSV import takes from form fields. */
    public record CountyHeader(String code, String name, String province, String provincialCapital, String note,
            CentreData centre, List<List<List<Double>>> boundary) {
    }

    public static CountyNetworkData read(CountyHeader header, String townshipsCsv, String villagesCsv,
            String hubsCsv) {
        List<InputError> errors = new ArrayList<>();
        List<TownshipData> townships = townships(CsvTable.parse("townships.csv", townshipsCsv,
                List.of("code", "name"), errors));
        List<VillageData> villages = villages(CsvTable.parse("villages.csv", villagesCsv,
                List.of("code", "name", "lat", "lon"), errors), errors);
        List<HubData> hubs = hubsCsv == null ? List.of()
                : hubs(CsvTable.parse("hubs.csv", hubsCsv, List.of("code", "name", "townshipCode", "lat", "lon"), errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED,
                    "The CSV files could not be read", errors);
        }
        return new CountyNetworkData(header.code(), header.name(), header.province(), header.provincialCapital(),
                header.note(), header.centre(), townships, hubs, villages, header.boundary());
    }

    private static List<TownshipData> townships(CsvTable table) {
        List<TownshipData> townships = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            townships.add(new TownshipData(table.text(r, "code"), table.text(r, "name"),
                    table.number(r, "lat", false), table.number(r, "lon", false)));
        }
        return townships;
    }

    private static List<VillageData> villages(CsvTable table, List<InputError> errors) {
        String townshipColumn = table.hasColumn("townshipCode") ? "townshipCode" : "streetCode";
        if (table.size() > 0 && !table.hasColumn(townshipColumn)) {
            errors.add(new InputError("villages.csv row 1", "streetCode",
                    "the header needs a 'streetCode' or 'townshipCode' column"));
        }
        List<VillageData> villages = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            Double lat = table.number(r, "lat", true);
            Double lon = table.number(r, "lon", true);
            Integer population = table.integer(r, "population");
            villages.add(new VillageData(table.text(r, "code"), table.text(r, "name"), table.text(r, townshipColumn),
                    lat == null ? Double.NaN : lat, lon == null ? Double.NaN : lon,
                    population == null ? 0 : population, table.flag(r, "poor"), table.flag(r, "station")));
        }
        return villages;
    }

    private static List<HubData> hubs(CsvTable table) {
        List<HubData> hubs = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            Double lat = table.number(r, "lat", true);
            Double lon = table.number(r, "lon", true);
            hubs.add(new HubData(table.text(r, "code"), table.text(r, "name"), table.text(r, "townshipCode"),
                    lat == null ? Double.NaN : lat, lon == null ? Double.NaN : lon, table.flag(r, "designated"),
                    table.flag(r, "coldStorage"), table.integer(r, "capacityParcelsPerDay")));
        }
        return hubs;
    }
}
