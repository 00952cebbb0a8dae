package org.gongpei.service.plan;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongpei.datasets.demand.DemandCsvReader;
import org.gongpei.datasets.demand.DemandFormatException;
import org.gongpei.datasets.demand.DownParcels;
import org.gongpei.datasets.demand.UpShipment;
import org.gongpei.datasets.network.CountyNetworkData;
import org.gongpei.datasets.network.VillageData;
import org.gongpei.datasets.plan.DayDemand;
import org.gongpei.service.county.CsvTable;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * Reads a day's demand from uploaded CSV files in the datasets' demand layout (down parcels required,
 * up shipments optional). Rows of other dates are ignored; every problem of both files is reported at
 * once, naming file, row and column.
 */
public final class DemandUpload {

    private static final Pattern PROBLEM = Pattern.compile("^(.+? row \\d+)(?:, column ([^:]+))?: (.*)$",
            Pattern.DOTALL);

    private DemandUpload() {
    }

    /**
     * @param county the county the demand is for
     * @param date the day to keep
     * @param down the down CSV text and its file name
     * @param up the up CSV text and its file name, or null
     * @return the day's demand
     * @throws InvalidInputException (422) listing every problem: format, rule or unknown village code
     */
    public static DayDemand read(CountyNetworkData county, LocalDate date, CsvFile down, CsvFile up) {
        List<InputError> errors = new ArrayList<>();
        List<DownParcels> downRows = List.of();
        List<UpShipment> upRows = List.of();
        try {
            downRows = DemandCsvReader.readDown(new StringReader(down.text()), down.name());
        } catch (DemandFormatException e) {
            e.problems().forEach(problem -> errors.add(error(down.name(), problem)));
        }
        if (up != null) {
            try {
                upRows = DemandCsvReader.readUp(new StringReader(up.text()), up.name());
            } catch (DemandFormatException e) {
                e.problems().forEach(problem -> errors.add(error(up.name(), problem)));
            }
        }
        if (errors.isEmpty()) {
            Set<String> known = new HashSet<>();
            county.villages().stream().map(VillageData::code).forEach(known::add);
            unknownVillages(down, date, known, errors);
            if (up != null) {
                unknownVillages(up, date, known, errors);
            }
        }
        DayDemand demand = DayDemand.of(date, downRows, upRows);
        if (errors.isEmpty() && demand.down().isEmpty() && demand.up().isEmpty()) {
            errors.add(new InputError(down.name(), "date", "no row of the uploaded files is dated " + date));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, errors.size()
                    + " problem(s) in the demand files; nothing was stored", errors);
        }
        return demand;
    }

    /** An uploaded CSV file. */
    public record CsvFile(String name, String text) {
    }

    private static void unknownVillages(CsvFile file, LocalDate date, Set<String> known, List<InputError> errors) {
        CsvTable table = CsvTable.parse(file.name(), file.text(), List.of("date", "villageCode"), new ArrayList<>());
        for (int row = 0; row < table.size(); row++) {
            String code = table.text(row, "villageCode");
            if (date.toString().equals(table.text(row, "date")) && code != null && !known.contains(code)) {
                errors.add(new InputError(table.location(row), "villageCode",
                        "unknown village code " + code + ": the county has no such village"));
            }
        }
    }

    private static InputError error(String fileName, String problem) {
        Matcher matcher = PROBLEM.matcher(problem);
        if (matcher.matches()) {
            return new InputError(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        return new InputError(fileName, null, problem);
    }
}
