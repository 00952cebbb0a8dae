package org.gongpei.service.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.gongpei.planning.analysis.CurrentPractice;
import org.gongpei.planning.analysis.ParityOptions;
import org.gongpei.planning.analysis.ProvinceReference;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.SubsidyOptions;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.parity.RemoteRule;

/**
 * A checked analysis request with its defaults filled in, as stored.
 *
 * @param date the analysed day
 * @param demandSeed the demand generator's seed; null for uploaded demand
 * @param timeLimitSeconds per solve
 * @param hubs hubs of the shared network
 * @param scenarios the scenarios, JOINT included
 * @param reference the provincial capital's reference
 * @param tolerancePercent parity tolerance
 * @param remoteRoadSeconds remote threshold, 0 for none
 * @param remoteVillages villages declared remote
 * @param subsidyFenByYear subsidy per parcel by year, fen
 * @param subsidyFlow subsidised flow
 * @param revenueFenPerParcel revenue per parcel, fen
 * @param volumeGrowthPercent yearly volume growth
 * @param currentPractice today's practice as entered, or null
 * @param solverSeeds the random seeds every scenario is solved with (0, 1, … solverSeeds − 1); null in analyses
 *        stored before seeds were counted, which were solved with seed 0 only
 * @param remoteRuleSource where the remote rule ({@code remoteRoadSeconds}, {@code remoteVillages}) comes from: the
 *        request, the county's rule or the default; null in analyses stored before counties had rules
 * @param unservedPenaltyFenPerParcel the price of a parcel left out, fen; null (as in analyses stored before it could
 *        be given) or 0 for none
 */
public record AnalysisOptions(LocalDate date, Long demandSeed, int timeLimitSeconds, HubChoice hubs,
        List<ScenarioKind> scenarios, ProvinceReference reference, double tolerancePercent, long remoteRoadSeconds,
        List<String> remoteVillages, Map<Integer, Long> subsidyFenByYear, SubsidyOptions.Flow subsidyFlow,
        long revenueFenPerParcel, double volumeGrowthPercent, CurrentPractice currentPractice, Integer solverSeeds,
        RemoteRule.Source remoteRuleSource, Long unservedPenaltyFenPerParcel) {

    /** @return the price of a parcel left out, fen; 0 for none */
    public long unservedPenaltyFen() {
        return unservedPenaltyFenPerParcel == null ? 0 : unservedPenaltyFenPerParcel;
    }

    /** @return the random seeds to solve with: at least seed 0 */
    public List<Long> seeds() {
        return LongStream.range(0, solverSeeds == null ? 1 : Math.max(1, solverSeeds)).boxed().toList();
    }

    /** @return the parity options */
    public ParityOptions parity() {
        return new ParityOptions(reference, tolerancePercent, remoteRoadSeconds, Set.copyOf(remoteVillages));
    }

    /** @return the subsidy options */
    public SubsidyOptions subsidy() {
        return new SubsidyOptions(subsidyFenByYear, subsidyFlow, revenueFenPerParcel, volumeGrowthPercent);
    }
}
