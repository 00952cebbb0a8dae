package org.gongpei.service.design;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.gongpei.planning.design.StationSitingSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * Checks station plan requests against their ranges, fills in the defaults and turns them into siting settings.
 * Every field that breaks a rule is named at once, with a stable code ({@code outOfRange}, {@code negative},
 * {@code tooLarge}, {@code notFinite}, {@code unknownVillage}) and the sentence of {@code StationPlanProblems}.
 */
public final class StationPlanRequests {

    /** Default time limit of the search, seconds. */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 30;
    /** Longest time limit, seconds, as for the other jobs. */
    public static final int MAX_TIME_LIMIT_SECONDS = 600;
    /** Largest cost of one station, yuan: far above any real one, low enough that sums never overflow. */
    static final long MAX_STATION_COST_YUAN = 100_000_000;
    /** Largest delivery cost of a station a day, yuan. */
    static final double MAX_DAY_COST_YUAN = 100_000;
    /** Longest reach, metres. */
    static final double MAX_REACH_METRES = 200_000;
    /** Longest horizon, years. */
    static final int MAX_HORIZON_YEARS = 50;

    private static final ResourceBundle PROBLEMS = ResourceBundle.getBundle(
            "org.gongpei.service.design.StationPlanProblems", Locale.ROOT);

    private StationPlanRequests() {
    }

    /**
     * @param county the county the plan is for, whose villages {@code villagesWithoutPremises} must name
     * @param request the request, may be null (all defaults)
     * @return the request with every default filled in
     * @throws InvalidInputException (422) naming each field that breaks a rule; nothing is stored
     */
    public static StationPlanRequest check(CountyNetworkData county, StationPlanRequest request) {
        StationPlanRequest r = request == null
                ? new StationPlanRequest(null, null, null, null, null, null, null, null, null, null, null, null)
                : request;
        StationSitingSettings defaults = StationSitingSettings.defaults();
        List<InputError> errors = new ArrayList<>();
        double share = or(r.minStationSharePercent(), defaults.minStationShare() * 100);
        range(errors, "minStationSharePercent", share, 0, 100);
        int threshold = or(r.populationThreshold(), defaults.populationThreshold());
        atLeastZero(errors, "populationThreshold", threshold, Integer.MAX_VALUE);
        double reach = or(r.reachMetres(), defaults.reachMetres());
        atLeastZero(errors, "reachMetres", reach, MAX_REACH_METRES);
        long upgrade = or(r.upgradeCostYuan(), defaults.upgradeCostYuan());
        atLeastZero(errors, "upgradeCostYuan", upgrade, MAX_STATION_COST_YUAN);
        long build = or(r.newStationCostYuan(), defaults.newStationCostYuan());
        atLeastZero(errors, "newStationCostYuan", build, MAX_STATION_COST_YUAN);
        double dayCost = or(r.stationDayCostYuan(), defaults.stationDayCostYuan());
        atLeastZero(errors, "stationDayCostYuan", dayCost, MAX_DAY_COST_YUAN);
        int days = or(r.serviceDaysPerYear(), defaults.serviceDaysPerYear());
        range(errors, "serviceDaysPerYear", days, 0, 366);
        int years = or(r.horizonYears(), defaults.horizonYears());
        range(errors, "horizonYears", years, 0, MAX_HORIZON_YEARS);
        int limit = or(r.timeLimitSeconds(), DEFAULT_TIME_LIMIT_SECONDS);
        range(errors, "timeLimitSeconds", limit, 1, MAX_TIME_LIMIT_SECONDS);
        List<String> without = r.villagesWithoutPremises() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(r.villagesWithoutPremises()));
        Set<String> villages = new HashSet<>(county.villages().stream().map(VillageData::code).toList());
        for (String code : without) {
            if (code == null || !villages.contains(code)) {
                errors.add(error("villagesWithoutPremises", "unknownVillage", code));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID,
                    errors.size() + " problem(s) in the station plan request; nothing was stored", errors);
        }
        return new StationPlanRequest(share, threshold, reach, upgrade, build, without,
                r.keepTodaysStations() == null ? defaults.keepTodaysStations() : r.keepTodaysStations(), dayCost, days,
                years, limit, r.randomSeed() == null ? defaults.randomSeed() : r.randomSeed());
    }

    /** @return the siting settings of a checked request */
    public static StationSitingSettings settings(StationPlanRequest checked) {
        return new StationSitingSettings(checked.minStationSharePercent() / 100, checked.populationThreshold(),
                checked.reachMetres(), checked.upgradeCostYuan(), checked.newStationCostYuan(),
                Set.copyOf(checked.villagesWithoutPremises()), checked.keepTodaysStations(),
                checked.stationDayCostYuan(), checked.serviceDaysPerYear(), checked.horizonYears(),
                Duration.ofSeconds(checked.timeLimitSeconds()), checked.randomSeed());
    }

    private static void range(List<InputError> errors, String field, double value, double min, double max) {
        if (!Double.isFinite(value)) {
            errors.add(error(field, "notFinite", String.valueOf(value)));
        } else if (value < min || value > max) {
            errors.add(error(field, "outOfRange", number(value), number(min), number(max)));
        }
    }

    private static void atLeastZero(List<InputError> errors, String field, double value, double max) {
        if (!Double.isFinite(value)) {
            errors.add(error(field, "notFinite", String.valueOf(value)));
        } else if (value < 0) {
            errors.add(error(field, "negative", number(value)));
        } else if (value > max) {
            errors.add(error(field, "tooLarge", number(value), number(max)));
        }
    }

    private static InputError error(String field, String code, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new InputError("body", field, new MessageFormat(PROBLEMS.getString(code), Locale.ROOT).format(all),
                code);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
