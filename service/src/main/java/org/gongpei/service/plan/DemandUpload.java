package org.gongpei.service.plan;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongpei.planning.calendar.WeekDemand;
import org.gongpei.planning.demand.DemandCsvReader;
import org.gongpei.planning.demand.DemandFormatException;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.service.county.CsvTable;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * Reads a day's or a week's demand from uploaded CSV files in the datasets' demand layout (down parcels
 * required, up shipments optional). Rows of other dates are ignored; every problem of both files is reported
 * at once, naming file, row and column.
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
     * @throws InvalidInputException (422) listing every problem: format, rule or unknown village code, or no
     *         row of the day
     */
    public static DayDemand read(CountyNetworkData county, LocalDate date, CsvFile down, CsvFile up) {
        Rows rows = rows(county, date, date, down, up);
        DayDemand demand = DayDemand.of(date, rows.down(), rows.up());
        if (demand.down().isEmpty() && demand.up().isEmpty()) {
            throw noRows(down, "no row of the uploaded files is dated " + date);
        }
        return demand;
    }

    /**
     * @param county the county the demand is for
     * @param monday the week's Monday; the rows of Monday to Sunday are kept
     * @param down the down CSV text and its file name
     * @param up the up CSV text and its file name, or null
     * @return the week's demand
     * @throws InvalidInputException (422) listing every problem: format, rule or unknown village code (of the
     *         week's rows), or no row in the week
     */
    public static WeekDemand readWeek(CountyNetworkData county, LocalDate monday, CsvFile down, CsvFile up) {
        LocalDate sunday = monday.plusDays(6);
        Rows rows = rows(county, monday, sunday, down, up);
        WeekDemand week = WeekDemand.of(monday, rows.down(), rows.up());
        if (week.allDown().isEmpty() && week.allUp().isEmpty()) {
            throw noRows(down, "no row of the uploaded files is dated in the week " + monday + " – " + sunday);
        }
        return week;
    }

    /** An uploaded CSV file. */
    public record CsvFile(String name, String text) {
    }

    private record Rows(List<DownParcels> down, List<UpShipment> up) {
    }

    private static Rows rows(CountyNetworkData county, LocalDate first, LocalDate last, CsvFile down, CsvFile up) {
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
            unknownVillages(down, first, last, known, errors);
            if (up != null) {
                unknownVillages(up, first, last, known, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new Rows(downRows, upRows);
    }

    private static InvalidInputException noRows(CsvFile down, String message) {
        return invalid(List.of(new InputError(down.name(), "date", message)));
    }

    private static InvalidInputException invalid(List<InputError> errors) {
        return new InvalidInputException(InvalidInputException.Kind.INVALID, errors.size()
                + " problem(s) in the demand files; nothing was stored", errors);
    }

    private static void unknownVillages(CsvFile file, LocalDate first, LocalDate last, Set<String> known,
            List<InputError> errors) {
        CsvTable table = CsvTable.parse(file.name(), file.text(), List.of("date", "villageCode"), new ArrayList<>());
        for (int row = 0; row < table.size(); row++) {
            String code = table.text(row, "villageCode");
            if (within(table.text(row, "date"), first, last) && code != null && !known.contains(code)) {
                errors.add(new InputError(table.location(row), "villageCode",
                        "unknown village code " + code + ": the county has no such village"));
            }
        }
    }

    private static boolean within(String text, LocalDate first, LocalDate last) {
        if (text == null) {
            return false;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            return !date.isBefore(first) && !date.isAfter(last);
        } catch (DateTimeParseException e) {
            return false;
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
