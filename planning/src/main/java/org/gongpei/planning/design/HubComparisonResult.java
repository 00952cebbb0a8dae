package org.gongpei.planning.design;

import java.time.LocalDate;
import java.util.List;

/**
 * Hub networks compared side by side on the same day's demand, each judged by real daily plans (the joint scenario)
 * with the same solver time and the same seeds.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param date the day planned
 * @param seeds the solver's random seeds, one daily plan per seed and candidate
 * @param timeLimitSeconds the solver's time limit of every daily plan, seconds
 * @param serviceDaysPerYear the days the hubs' yearly cost is spread over
 * @param candidates the candidates in the order compared (today's first)
 * @param siting the hub siting search's estimate behind the {@link HubNetworkCandidate.Origin#SITING} candidate,
 *        with its independent check; null when none was searched
 */
public record HubComparisonResult(String countyCode, String countyName, LocalDate date, List<Long> seeds,
        long timeLimitSeconds, int serviceDaysPerYear, List<Candidate> candidates, Siting siting) {

    public HubComparisonResult {
        seeds = List.copyOf(seeds);
        candidates = List.copyOf(candidates);
    }

    /**
     * One candidate's network and its figures.
     *
     * @param name its name
     * @param origin where it comes from
     * @param hubs every hub site of the county as this network has it
     * @param fixedYuanPerYear the hubs' yearly fixed cost ({@link HubNetworkCandidate#fixedYuanPerYear}), yuan
     * @param fixedYuanPerDay that cost over the service days, yuan
     * @param runs the daily plan of each seed, in the order of the seeds (fewer when stopped early)
     * @param costPerDayYuan the cost per day (transport of the plan plus the hubs' fixed cost per day), min–max
     * @param costPerParcelYuan the cost per day over the parcels served, min–max: comparable where the candidates'
     *        plans leave different numbers of parcels out
     * @param km driven, min–max
     * @param vehicleDays vehicles used, min–max
     * @param unservedParcels parcels the plan left out, min–max
     * @param meanParcelAgeHours mean parcel age, min–max (see {@link Run#meanParcelAgeHours})
     * @param maxParcelAgeHours oldest parcel's age, min–max
     * @param stationVillagesServed villages with a station the plan serves, min–max
     * @param hubsUsed hubs a last-mile route leaves from, min–max
     */
    public record Candidate(String name, HubNetworkCandidate.Origin origin, List<Hub> hubs, long fixedYuanPerYear,
            double fixedYuanPerDay, List<Run> runs, Range costPerDayYuan, Range costPerParcelYuan, Range km, Range vehicleDays,
            Range unservedParcels, Range meanParcelAgeHours, Range maxParcelAgeHours, Range stationVillagesServed,
            Range hubsUsed) {

        public Candidate {
            hubs = List.copyOf(hubs);
            runs = List.copyOf(runs);
        }
    }

    /**
     * A hub site in a candidate network.
     *
     * @param code hub code
     * @param name name
     * @param townshipCode its township
     * @param lat latitude, WGS84
     * @param lon longitude, WGS84
     * @param openToday whether it is a hub today ({@code designated})
     * @param open whether it is open in this network
     * @param coldStorage whether it has cold storage in this network
     * @param capacityParcelsPerDay its capacity in this network, null when unlimited
     * @param action what the network does with it
     */
    public record Hub(String code, String name, String townshipCode, double lat, double lon, boolean openToday,
            boolean open, boolean coldStorage, Integer capacityParcelsPerDay, HubAction action) {
    }

    /**
     * One daily plan of a candidate.
     *
     * @param seed the solver's random seed
     * @param costPerDayYuan transport plus the hubs' fixed cost per day, yuan
     * @param transportYuan the plan's vehicle and handling cost, yuan
     * @param km driven by all vehicles
     * @param vehicleDays vehicles used
     * @param parcelsServed parcels delivered and collected
     * @param costPerParcelYuan the cost per day over the parcels served, yuan; 0 when none is served
     * @param unservedParcels parcels (down and up) left out
     * @param meanParcelAgeHours mean hours from sorting at the county centre to delivery at the village, over the
     *        parcels delivered (the analysis's measure, {@link org.gongpei.planning.analysis.ScenarioMetrics})
     * @param maxParcelAgeHours the longest such time
     * @param villagesServed villages with a stop
     * @param stationVillagesServed those of them with a station
     * @param hubsUsed the hubs a last-mile route leaves from, in the county's order
     * @param violations broken rules the plan's independent check found
     */
    public record Run(long seed, double costPerDayYuan, double transportYuan, double km, int vehicleDays,
            int parcelsServed, double costPerParcelYuan, int unservedParcels, double meanParcelAgeHours, double maxParcelAgeHours, int villagesServed,
            int stationVillagesServed, List<String> hubsUsed, int violations) {

        public Run {
            hubsUsed = List.copyOf(hubsUsed);
        }
    }

    /**
     * A figure's least and greatest value over the seeds.
     *
     * @param min least
     * @param max greatest
     */
    public record Range(double min, double max) {
    }

    /**
     * The hub siting search's estimate.
     *
     * @param openHubs the hubs it keeps or opens
     * @param fixedYuanPerYear their yearly fixed cost, yuan
     * @param transportYuanPerDay its estimate of the day's transport, yuan
     * @param checkedTransportYuanPerDay the same recomputed by {@link HubSitingChecker}, yuan
     * @param passes whether the check found every village served from an open hub or the centre, and no hub over
     *        capacity
     */
    public record Siting(List<String> openHubs, long fixedYuanPerYear, double transportYuanPerDay,
            double checkedTransportYuanPerDay, boolean passes) {

        public Siting {
            openHubs = List.copyOf(openHubs);
        }
    }
}
