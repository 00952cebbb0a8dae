package org.gongpei.service.design;

import java.time.LocalDate;
import java.util.List;

/**
 * The settings of a hub plan (hub networks compared by daily plans) as asked for: every field may be left out for its
 * default; {@link HubPlanRequests#check} fills them in. Stored with the job as JSON.
 *
 * @param date the day whose generated demand is planned on every candidate; default 2025-06-16
 * @param demandSeed the demand generator's seed; default 1
 * @param timeLimitSeconds the solver's time limit of every daily plan, 1–600 s; default 30
 * @param seeds how many random seeds every candidate is planned with (0, 1, …), 1–5; default 1
 * @param runningCostYuanPerYear cost of running one hub, yuan a year
 * @param openingCostYuanPerYear cost of opening a candidate site, yuan a year
 * @param coldStorageCostYuanPerYear cost of cold storage at a hub without it, yuan a year
 * @param serviceDaysPerYear service days a year, 1–366
 * @param propose whether today's network, the siting search's and the cold-storage one are compared; default true
 * @param candidates networks of the user's own, each a name and actions on hub sites; at most
 *        {@value HubPlanRequests#MAX_USER_CANDIDATES}
 */
public record HubPlanRequest(LocalDate date, Long demandSeed, Integer timeLimitSeconds, Integer seeds,
        Long runningCostYuanPerYear, Long openingCostYuanPerYear, Long coldStorageCostYuanPerYear,
        Integer serviceDaysPerYear, Boolean propose, List<Candidate> candidates) {

    /**
     * A network of the user's own.
     *
     * @param name its name, shown beside its figures
     * @param actions what it does with hub sites; the sites not named are kept as they are today
     */
    public record Candidate(String name, List<Step> actions) {
    }

    /**
     * What a candidate does with one hub site.
     *
     * @param hubCode the hub's code
     * @param action {@code KEEP}, {@code CLOSE}, {@code OPEN} or {@code ADD_COLD_STORAGE}
     * @param capacityParcelsPerDay another capacity for the hub, parcels a day; null keeps the county's
     */
    public record Step(String hubCode, String action, Integer capacityParcelsPerDay) {
    }
}
