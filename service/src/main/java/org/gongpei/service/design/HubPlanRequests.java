package org.gongpei.service.design;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongpei.planning.design.HubAction;
import org.gongpei.planning.design.HubNetworkCandidate;
import org.gongpei.planning.design.HubSitingSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * Checks hub plan requests against their ranges, fills in the defaults and turns them into the planning's settings
 * and candidates. Every field that breaks a rule is named at once, with a stable code ({@code outOfRange},
 * {@code negative}, {@code tooLarge}, {@code unknownHub}, {@code unknownAction}, {@code nameMissing},
 * {@code nameTaken}, {@code noActions}, {@code tooMany}, {@code nothingToCompare}) and the sentence of
 * {@code HubPlanProblems}.
 */
public final class HubPlanRequests {

    /** The day planned when none is given: the demo week's Monday, as the page's other tabs. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 6, 16);
    /** Default demand generator seed. */
    public static final long DEFAULT_DEMAND_SEED = 1;
    /** Default time limit of each daily plan, seconds. */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 30;
    /** Longest time limit of each daily plan, seconds. */
    public static final int MAX_TIME_LIMIT_SECONDS = 600;
    /** The most random seeds every candidate is planned with. */
    public static final int MAX_SEEDS = 5;
    /** The most networks of the user's own in one request. */
    public static final int MAX_USER_CANDIDATES = 6;
    /** Largest yearly cost of one hub item, yuan: far above any real one, low enough that sums never overflow. */
    static final long MAX_COST_YUAN = 1_000_000_000;

    private static final ResourceBundle PROBLEMS = ResourceBundle.getBundle(
            "org.gongpei.service.design.HubPlanProblems", Locale.ROOT);

    private HubPlanRequests() {
    }

    /**
     * @param county the county, whose hub codes the candidates must name
     * @param request the request, may be null (all defaults)
     * @return the request with every default filled in
     * @throws InvalidInputException (422) naming each field that breaks a rule; nothing is stored
     */
    public static HubPlanRequest check(CountyNetworkData county, HubPlanRequest request) {
        HubPlanRequest r = request == null
                ? new HubPlanRequest(null, null, null, null, null, null, null, null, null, null) : request;
        HubSitingSettings defaults = HubSitingSettings.defaults();
        List<InputError> errors = new ArrayList<>();
        int limit = or(r.timeLimitSeconds(), DEFAULT_TIME_LIMIT_SECONDS);
        range(errors, "timeLimitSeconds", limit, 1, MAX_TIME_LIMIT_SECONDS);
        int seeds = or(r.seeds(), 1);
        range(errors, "seeds", seeds, 1, MAX_SEEDS);
        long running = or(r.runningCostYuanPerYear(), defaults.runningYuanPerYear());
        cost(errors, "runningCostYuanPerYear", running);
        long opening = or(r.openingCostYuanPerYear(), defaults.openingYuanPerYear());
        cost(errors, "openingCostYuanPerYear", opening);
        long cold = or(r.coldStorageCostYuanPerYear(), defaults.coldStorageYuanPerYear());
        cost(errors, "coldStorageCostYuanPerYear", cold);
        int days = or(r.serviceDaysPerYear(), defaults.serviceDaysPerYear());
        range(errors, "serviceDaysPerYear", days, 1, 366);
        boolean propose = or(r.propose(), true);
        List<HubPlanRequest.Candidate> candidates = r.candidates() == null ? List.of() : r.candidates();
        if (candidates.size() > MAX_USER_CANDIDATES) {
            errors.add(error("candidates", "tooMany", candidates.size(), MAX_USER_CANDIDATES));
        } else {
            checkCandidates(errors, county, candidates);
        }
        if (!propose && candidates.isEmpty()) {
            errors.add(error("candidates", "nothingToCompare", ""));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID,
                    errors.size() + " problem(s) in the hub plan request; nothing was stored", errors);
        }
        return new HubPlanRequest(or(r.date(), DEFAULT_DATE), or(r.demandSeed(), DEFAULT_DEMAND_SEED), limit, seeds,
                running, opening, cold, days, propose, candidates.stream().map(HubPlanRequests::normalised).toList());
    }

    /** @return the hub costs of a checked request, with the siting search's default transport estimate */
    public static HubSitingSettings settings(HubPlanRequest checked) {
        return HubSitingSettings.defaults().withCosts(checked.runningCostYuanPerYear(),
                checked.openingCostYuanPerYear(), checked.coldStorageCostYuanPerYear(), checked.serviceDaysPerYear());
    }

    /** @return the user's networks of a checked request */
    public static List<HubNetworkCandidate> candidates(HubPlanRequest checked) {
        List<HubNetworkCandidate> candidates = new ArrayList<>();
        for (HubPlanRequest.Candidate candidate : checked.candidates()) {
            Map<String, HubAction> actions = new LinkedHashMap<>();
            Map<String, Integer> capacities = new LinkedHashMap<>();
            for (HubPlanRequest.Step step : candidate.actions()) {
                actions.put(step.hubCode(), HubAction.valueOf(step.action()));
                if (step.capacityParcelsPerDay() != null) {
                    capacities.put(step.hubCode(), step.capacityParcelsPerDay());
                }
            }
            candidates.add(new HubNetworkCandidate(candidate.name(), HubNetworkCandidate.Origin.USER, actions,
                    capacities));
        }
        return candidates;
    }

    private static void checkCandidates(List<InputError> errors, CountyNetworkData county,
            List<HubPlanRequest.Candidate> candidates) {
        Set<String> hubs = county.hubs().stream().map(HubData::code).collect(Collectors.toSet());
        Set<String> actions = Set.of("KEEP", "CLOSE", "OPEN", "ADD_COLD_STORAGE");
        Set<String> names = new HashSet<>();
        for (int c = 0; c < candidates.size(); c++) {
            HubPlanRequest.Candidate candidate = candidates.get(c);
            String at = "candidates[" + c + "]";
            if (candidate == null || candidate.name() == null || candidate.name().isBlank()) {
                errors.add(error(at + ".name", "nameMissing", ""));
            } else if (!names.add(candidate.name().strip())) {
                errors.add(error(at + ".name", "nameTaken", candidate.name()));
            }
            if (candidate == null || candidate.actions() == null || candidate.actions().isEmpty()) {
                errors.add(error(at + ".actions", "noActions", ""));
                continue;
            }
            Set<String> named = new HashSet<>();
            for (int a = 0; a < candidate.actions().size(); a++) {
                HubPlanRequest.Step step = candidate.actions().get(a);
                String field = at + ".actions[" + a + "]";
                if (step == null || step.hubCode() == null || !hubs.contains(step.hubCode())) {
                    errors.add(error(field + ".hubCode", "unknownHub", step == null ? null : step.hubCode()));
                } else if (!named.add(step.hubCode())) {
                    errors.add(error(field + ".hubCode", "hubTwice", step.hubCode()));
                }
                if (step != null && (step.action() == null || !actions.contains(step.action()))) {
                    errors.add(error(field + ".action", "unknownAction", step.action()));
                }
                if (step != null && step.capacityParcelsPerDay() != null) {
                    range(errors, field + ".capacityParcelsPerDay", step.capacityParcelsPerDay(), 1, 10_000_000);
                }
            }
        }
    }

    private static HubPlanRequest.Candidate normalised(HubPlanRequest.Candidate candidate) {
        return new HubPlanRequest.Candidate(candidate.name().strip(), List.copyOf(candidate.actions()));
    }

    private static void range(List<InputError> errors, String field, long value, long min, long max) {
        if (value < min || value > max) {
            errors.add(error(field, "outOfRange", value, min, max));
        }
    }

    private static void cost(List<InputError> errors, String field, long value) {
        if (value < 0) {
            errors.add(error(field, "negative", value));
        } else if (value > MAX_COST_YUAN) {
            errors.add(error(field, "tooLarge", value, MAX_COST_YUAN));
        }
    }

    private static InputError error(String field, String code, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = field;
        for (int i = 0; i < arguments.length; i++) {
            all[i + 1] = arguments[i] == null ? "null" : String.valueOf(arguments[i]);
        }
        return new InputError("body", field, new MessageFormat(PROBLEMS.getString(code), Locale.ROOT).format(all),
                code);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
