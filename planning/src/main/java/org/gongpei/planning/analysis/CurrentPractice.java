package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.plan.DayDemand;

/**
 * Today's practice (现状) as the bureau enters it: what each brand runs now to deliver the county's parcels, before
 * any consolidation. It is not planned: its figures are the user's, and it is assumed to deliver the whole day's
 * parcels and farm products, so that a scenario that leaves some out is not comparable with it.
 *
 * @param brands each brand's vehicles, trips and km a day (or its routes), and optionally its vehicle cost a day
 * @param source where the figures come from (a survey, the brands' statements), shown with the result
 */
public record CurrentPractice(List<BrandPractice> brands, String source) {

    /** At most this many brands. */
    public static final int MAX_BRANDS = 50;
    /** At most this many trips a brand. */
    public static final int MAX_TRIPS = 2_000;
    /** At most this many villages a trip. */
    public static final int MAX_VILLAGES_PER_TRIP = 300;

    /** Road metres of one trip from the county centre through villages in order and back. */
    @FunctionalInterface
    public interface TripMetres {
        /** @param villageCodes the villages of the trip, in order */
        long metres(List<String> villageCodes);
    }

    /**
     * One brand's daily operation.
     *
     * @param brand          the brand's name
     * @param vehicles       vehicles on the road a day
     * @param tripsPerDay    trips a vehicle drives a day (shown; the cost comes from vehicles and km)
     * @param kmPerDay       km driven a day by all its vehicles; required unless {@code routes} are given, and then
     *                       not read
     * @param costYuanPerDay what its vehicles cost a day (vehicles, drivers, fuel), when known; else priced with the
     *                       county's van (fixed cost per vehicle-day and cost per km)
     * @param routes         optionally the brand's trips of the day, each the village codes it visits in order from
     *                       the county centre and back: the km are then measured on the county's roads
     */
    public record BrandPractice(String brand, int vehicles, double tripsPerDay, Double kmPerDay, Double costYuanPerDay,
            List<List<String>> routes) {

        /** A brand given by its km a day. */
        public BrandPractice(String brand, int vehicles, double tripsPerDay, double kmPerDay, Double costYuanPerDay) {
            this(brand, vehicles, tripsPerDay, kmPerDay, costYuanPerDay, null);
        }

        /** @return whether the brand's trips are given as village sequences */
        public boolean hasRoutes() {
            return routes != null && !routes.isEmpty();
        }
    }

    /** @return whether any brand gives its trips as village sequences */
    public boolean hasRoutes() {
        return brands != null && brands.stream().anyMatch(b -> b != null && b.hasRoutes());
    }

    /**
     * @param villageCodes the county's villages
     * @return as {@link #problems()}, and each village code of a route that is not one of the county's
     *         ({@code unknownVillage})
     */
    public List<FleetSettings.Problem> problems(Set<String> villageCodes) {
        List<FleetSettings.Problem> problems = problems();
        if (brands == null) {
            return problems;
        }
        for (int i = 0; i < brands.size(); i++) {
            BrandPractice b = brands.get(i);
            if (b == null || b.routes() == null || b.routes().size() > MAX_TRIPS) {
                continue;
            }
            for (int trip = 0; trip < b.routes().size(); trip++) {
                List<String> codes = b.routes().get(trip);
                if (codes == null || codes.size() > MAX_VILLAGES_PER_TRIP) {
                    continue;
                }
                for (int v = 0; v < codes.size(); v++) {
                    if (codes.get(v) != null && !codes.get(v).isBlank() && !villageCodes.contains(codes.get(v))) {
                        problems.add(new FleetSettings.Problem("currentPractice.brands[" + i + "].routes[" + trip + "]["
                                + v + "]", "unknownVillage"));
                    }
                }
            }
        }
        return problems;
    }

    /** @return each field that cannot be used, as a path and a problem code (see {@link FleetSettings#problems()}) */
    public List<FleetSettings.Problem> problems() {
        List<FleetSettings.Problem> problems = new ArrayList<>();
        if (brands == null || brands.isEmpty()) {
            problems.add(new FleetSettings.Problem("currentPractice.brands", "required"));
            return problems;
        }
        if (brands.size() > MAX_BRANDS) {
            problems.add(new FleetSettings.Problem("currentPractice.brands", "tooLarge"));
        }
        if (source != null && source.length() > 500) {
            problems.add(new FleetSettings.Problem("currentPractice.source", "tooLarge"));
        }
        for (int i = 0; i < brands.size(); i++) {
            String path = "currentPractice.brands[" + i + "]";
            BrandPractice b = brands.get(i);
            if (b == null) {
                problems.add(new FleetSettings.Problem(path, "required"));
                continue;
            }
            if (b.brand() == null || b.brand().isBlank()) {
                problems.add(new FleetSettings.Problem(path + ".brand", "required"));
            } else if (b.brand().length() > 64) {
                problems.add(new FleetSettings.Problem(path + ".brand", "tooLarge"));
            }
            if (b.vehicles() < 1 || b.vehicles() > 10_000) {
                problems.add(new FleetSettings.Problem(path + ".vehicles", b.vehicles() < 1 ? "notPositive" : "tooLarge"));
            }
            if (!(b.tripsPerDay() > 0) || b.tripsPerDay() > 24) {
                problems.add(new FleetSettings.Problem(path + ".tripsPerDay",
                        b.tripsPerDay() > 24 ? "tooLarge" : "notPositive"));
            }
            if (b.kmPerDay() == null) {
                if (!b.hasRoutes()) {
                    problems.add(new FleetSettings.Problem(path + ".kmPerDay", "required"));
                }
            } else if (!(b.kmPerDay() >= 0) || b.kmPerDay() > 1_000_000) {
                problems.add(new FleetSettings.Problem(path + ".kmPerDay", b.kmPerDay() > 1_000_000 ? "tooLarge" : "negative"));
            }
            if (b.costYuanPerDay() != null && (!(b.costYuanPerDay() >= 0) || b.costYuanPerDay() > 10_000_000)) {
                problems.add(new FleetSettings.Problem(path + ".costYuanPerDay",
                        b.costYuanPerDay() > 10_000_000 ? "tooLarge" : "negative"));
            }
            routeProblems(path + ".routes", b.routes(), problems);
        }
        return problems;
    }

    private static void routeProblems(String path, List<List<String>> routes, List<FleetSettings.Problem> problems) {
        if (routes == null) {
            return;
        }
        if (routes.size() > MAX_TRIPS) {
            problems.add(new FleetSettings.Problem(path, "tooLarge"));
            return;
        }
        for (int trip = 0; trip < routes.size(); trip++) {
            List<String> codes = routes.get(trip);
            if (codes == null || codes.isEmpty()) {
                problems.add(new FleetSettings.Problem(path + "[" + trip + "]", "required"));
            } else if (codes.size() > MAX_VILLAGES_PER_TRIP) {
                problems.add(new FleetSettings.Problem(path + "[" + trip + "]", "tooLarge"));
            } else {
                for (int v = 0; v < codes.size(); v++) {
                    if (codes.get(v) == null || codes.get(v).isBlank()) {
                        problems.add(new FleetSettings.Problem(path + "[" + trip + "][" + v + "]", "required"));
                    }
                }
            }
        }
    }

    /** @return as {@link #metrics(DayDemand, FleetSettings, AnalysisParameters, TripMetres)} for brands without routes */
    public ScenarioMetrics metrics(DayDemand demand, FleetSettings fleet, AnalysisParameters parameters) {
        return metrics(demand, fleet, parameters, null);
    }

    /**
     * @param demand     the analysed day (today's practice is taken to deliver all of it)
     * @param fleet      the county's van prices a brand without a stated cost
     * @param parameters handling per parcel, as in the planned scenarios, and the CO₂ factor
     * @param tripMetres  the road metres of a trip, for the brands that give routes; null when none does
     * @return today's practice as a scenario's figures; working time and ages are not known (0), nor village visits
     *         unless every brand gives its routes
     * @throws IllegalArgumentException when a brand gives routes and {@code tripMetres} is null
     */
    public ScenarioMetrics metrics(DayDemand demand, FleetSettings fleet, AnalysisParameters parameters,
            TripMetres tripMetres) {
        long fixedFen = 0;
        long distanceFen = 0;
        long metres = 0;
        int vehicles = 0;
        int visits = 0;
        for (BrandPractice b : brands) {
            vehicles += b.vehicles();
            long brandMetres = b.kmPerDay() == null ? 0 : Math.round(b.kmPerDay() * 1000);
            if (b.hasRoutes()) {
                if (tripMetres == null) {
                    throw new IllegalArgumentException("Brand " + b.brand() + " gives routes: road distances are needed.");
                }
                brandMetres = b.routes().stream().mapToLong(tripMetres::metres).sum();
                visits += b.routes().stream().mapToInt(List::size).sum();
            }
            metres += brandMetres;
            if (b.costYuanPerDay() != null) {
                fixedFen += Math.round(b.costYuanPerDay() * 100);
            } else {
                fixedFen += Math.round(b.vehicles() * fleet.van().fixedYuanPerDay() * 100);
                distanceFen += Math.round(brandMetres / 1000.0 * fleet.van().yuanPerKm() * 100);
            }
        }
        boolean allRoutes = brands.stream().allMatch(BrandPractice::hasRoutes);
        int down = demand.down().stream().mapToInt(parcels -> parcels.parcels()).sum();
        int up = demand.up().stream().mapToInt(shipment -> shipment.parcels()).sum();
        long handlingFen = (long) parameters.centreHandlingFenPerParcel() * (down + up);
        long co2Grams = Math.round(metres / 1000.0 / 100 * AnalysisParameters.litresPer100Km("VAN")
                * parameters.kgCo2PerLitreDiesel() * 1000);
        int villages = (int) demand.down().stream().map(parcels -> parcels.villageCode()).distinct().count();
        return new ScenarioMetrics(ScenarioKind.CURRENT, 0, metres, vehicles, 0,
                new CostParts(fixedFen, distanceFen, 0, handlingFen), down, up, 0, villages, allRoutes ? visits : 0,
                co2Grams, 0, 0, 0,
                "现状：用户填报，未经规划 (entered" + (source == null || source.isBlank() ? "" : ": " + source) + ")");
    }
}
