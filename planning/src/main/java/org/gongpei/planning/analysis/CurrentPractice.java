package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.plan.DayDemand;

/**
 * Today's practice (现状) as the bureau enters it: what each brand runs now to deliver the county's parcels, before
 * any consolidation. It is not planned: its figures are the user's, and it is assumed to deliver the whole day's
 * parcels and farm products, so that a scenario that leaves some out is not comparable with it.
 *
 * @param brands each brand's vehicles, trips and km a day, and optionally its vehicle cost a day
 * @param source where the figures come from (a survey, the brands' statements), shown with the result
 */
public record CurrentPractice(List<BrandPractice> brands, String source) {

    /** At most this many brands. */
    public static final int MAX_BRANDS = 50;

    /**
     * One brand's daily operation.
     *
     * @param brand          the brand's name
     * @param vehicles       vehicles on the road a day
     * @param tripsPerDay    trips a vehicle drives a day (shown; the cost comes from vehicles and km)
     * @param kmPerDay       km driven a day by all its vehicles
     * @param costYuanPerDay what its vehicles cost a day (vehicles, drivers, fuel), when known; else priced with the
     *                       county's van (fixed cost per vehicle-day and cost per km)
     */
    public record BrandPractice(String brand, int vehicles, double tripsPerDay, double kmPerDay, Double costYuanPerDay) {
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
            if (!(b.kmPerDay() >= 0) || b.kmPerDay() > 1_000_000) {
                problems.add(new FleetSettings.Problem(path + ".kmPerDay", b.kmPerDay() > 1_000_000 ? "tooLarge" : "negative"));
            }
            if (b.costYuanPerDay() != null && (!(b.costYuanPerDay() >= 0) || b.costYuanPerDay() > 10_000_000)) {
                problems.add(new FleetSettings.Problem(path + ".costYuanPerDay",
                        b.costYuanPerDay() > 10_000_000 ? "tooLarge" : "negative"));
            }
        }
        return problems;
    }

    /**
     * @param demand     the analysed day (today's practice is taken to deliver all of it)
     * @param fleet      the county's van prices a brand without a stated cost
     * @param parameters handling per parcel, as in the planned scenarios, and the CO₂ factor
     * @return today's practice as a scenario's figures; working time, ages and village visits are not known (0)
     */
    public ScenarioMetrics metrics(DayDemand demand, FleetSettings fleet, AnalysisParameters parameters) {
        long fixedFen = 0;
        long distanceFen = 0;
        long metres = 0;
        int vehicles = 0;
        for (BrandPractice b : brands) {
            vehicles += b.vehicles();
            metres += Math.round(b.kmPerDay() * 1000);
            if (b.costYuanPerDay() != null) {
                fixedFen += Math.round(b.costYuanPerDay() * 100);
            } else {
                fixedFen += Math.round(b.vehicles() * fleet.van().fixedYuanPerDay() * 100);
                distanceFen += Math.round(b.kmPerDay() * fleet.van().yuanPerKm() * 100);
            }
        }
        int down = demand.down().stream().mapToInt(parcels -> parcels.parcels()).sum();
        int up = demand.up().stream().mapToInt(shipment -> shipment.parcels()).sum();
        long handlingFen = (long) parameters.centreHandlingFenPerParcel() * (down + up);
        long co2Grams = Math.round(metres / 1000.0 / 100 * AnalysisParameters.litresPer100Km("VAN")
                * parameters.kgCo2PerLitreDiesel() * 1000);
        int villages = (int) demand.down().stream().map(parcels -> parcels.villageCode()).distinct().count();
        return new ScenarioMetrics(ScenarioKind.CURRENT, 0, metres, vehicles, 0,
                new CostParts(fixedFen, distanceFen, 0, handlingFen), down, up, 0, villages, 0, co2Grams, 0, 0, 0,
                "现状：用户填报，未经规划 (entered" + (source == null || source.isBlank() ? "" : ": " + source) + ")");
    }
}
