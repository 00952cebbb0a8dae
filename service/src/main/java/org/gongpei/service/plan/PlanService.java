package org.gongpei.service.plan;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.county.County;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobState;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.service.roads.StoredRoadNetworkRepository;
import org.gongpei.service.job.JobStatus;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.replan.PlanChange;
import org.gongpei.solver.daily.replan.ReplanNote;
import org.gongpei.solver.daily.replan.Replanning;

/** Stores daily plans and their progress, and reads them back. Every method is one transaction. */
@ApplicationScoped
public class PlanService {

    private static final TypeReference<Map<String, String>> PROFILES = new TypeReference<>() {
    };
    private static final TypeReference<List<JsonNode>> NOTES = new TypeReference<>() {
    };
    private static final ObjectMapper NOTES_READER = new ObjectMapper();

    @Inject
    StoredPlanRepository plans;

    @Inject
    CountyRepository counties;

    @Inject
    PlanRevisionRepository revisions;

    @Inject
    StoredRoadNetworkRepository roadNetworks;

    @Inject
    ObjectMapper json;

    @Inject
    FleetSettingsStore fleetSettings;

    private ObjectMapper stored;

    @PostConstruct
    void init() {
        stored = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Stores a new queued plan with the demand it is solved for. */
    @Transactional
    public PlanView create(String countyCode, PlanRequests.Options options, DayDemand demand, DemandSource source,
            Long seed, RoadVersion roads) {
        County county = counties.findByCode(countyCode).orElseThrow(() -> new CountyNotFoundException(countyCode));
        StoredPlan plan = new StoredPlan();
        plan.county = county;
        plan.planDate = options.date();
        plan.state = JobState.queued(source);
        plan.demandSeed = seed;
        plan.hubChoice = options.hubs();
        plan.timeLimitSeconds = options.timeLimitSeconds();
        plan.demand = write(demand);
        plan.fleetSettingsVersion = fleetSettings.current(countyCode).version();
        if (roads.networkId() != null) {
            plan.roadNetwork = roadNetworks.findById(roads.networkId());
        } else {
            plan.roadSource = roads.source();
        }
        if (roads.estimated()) {
            plan.roadEstimate = write(roads.estimate());
        }
        plans.persist(plan);
        return view(plan);
    }

    /** @throws PlanNotFoundException for an unknown id */
    @Transactional
    public PlanView view(long id) {
        return view(find(id));
    }

    /** @return the county's plans, newest first */
    @Transactional
    public List<PlanView> list(String countyCode) {
        County county = counties.findByCode(countyCode).orElseThrow(() -> new CountyNotFoundException(countyCode));
        return plans.listByCounty(county).stream().map(PlanService::view).toList();
    }

    /**
     * @return the full result as stored JSON
     * @throws PlanConflictException while the plan is not done
     */
    @Transactional
    public String resultJson(long id) {
        StoredPlan plan = done(find(id));
        return labelled(plan, plan.result);
    }

    /** A result on estimated roads says so: its assumptions are added as {@code roadEstimate}. */
    private String labelled(StoredPlan plan, String result) {
        RoadVersion roads = plan.roads();
        if (roads == null || !roads.estimated()) {
            return result;
        }
        try {
            ObjectNode node = (ObjectNode) json.readTree(result);
            node.set("roadEstimate", json.valueToTree(roads.estimate()));
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored result of plan " + plan.id + " cannot be read", e);
        }
    }

    /** @return the done plan, parsed */
    @Transactional
    public SolvedPlan solved(long id) {
        StoredPlan plan = done(find(id));
        try {
            Map<String, String> profiles = plan.vehicleProfiles == null ? Map.of()
                    : stored.readValue(plan.vehicleProfiles, PROFILES);
            return new SolvedPlan(plan.id, plan.county.code, stored.readValue(plan.result, DailyPlan.class), profiles,
                    plan.roads());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored result of plan " + id + " cannot be read", e);
        }
    }

    /**
     * Deletes a plan that is not solving.
     *
     * @return the deleted plan's last view
     * @throws PlanConflictException while it is solving
     */
    @Transactional
    public PlanView delete(long id) {
        StoredPlan plan = find(id);
        if (plan.state.status == JobStatus.SOLVING) {
            throw new PlanConflictException("Plan " + id + " is solving; stop it first, then delete it");
        }
        PlanView view = view(plan);
        plans.delete(plan);
        return view;
    }

    /** @return what solving the plan needs */
    @Transactional
    public PlanInput input(long id) {
        StoredPlan plan = find(id);
        return new PlanInput(plan.id, plan.county.code, plan.hubChoice, plan.timeLimitSeconds, plan.demand,
                plan.roads(), plan.fleetSettingsVersion);
    }

    @Transactional
    public void vehicleProfiles(long id, Map<String, String> profiles) {
        plans.update("vehicleProfiles = ?1 where id = ?2", write(profiles), id);
    }

    /** Writes a solve's result and its summary on the plan, which the job machinery marks DONE. */
    void store(StoredPlan plan, DailyPlan result, boolean stoppedEarly) {
        plan.stoppedEarly = stoppedEarly;
        storeResult(plan, result);
    }

    private void storeResult(StoredPlan plan, DailyPlan result) {
        plan.result = write(result);
        plan.costFen = result.totals().costFen();
        plan.distanceMetres = result.totals().distanceMetres();
        plan.vehiclesUsed = result.totals().vehiclesUsed();
        plan.parcelsDelivered = result.totals().parcelsDelivered();
        plan.unservedVillages = (int) result.unserved().stream().map(Unserved::villageCode).distinct().count();
        plan.feasible = result.feasible();
    }

    /**
     * What re-planning a done plan needs.
     *
     * @param revision the revision of {@code plan}
     * @param plan the latest revision of the result
     * @param earlier the changes applied so far, oldest first
     */
    public record ChangeBase(long id, String countyCode, HubChoice hubs, String demandJson, int revision,
            DailyPlan plan, List<PlanChangeRequest> earlier, RoadVersion roads, int fleetSettingsVersion) {
    }

    /**
     * @throws PlanNotFoundException for an unknown id
     * @throws PlanConflictException while the plan is not done
     */
    @Transactional
    public ChangeBase changeBase(long id) {
        StoredPlan plan = done(find(id));
        List<PlanChangeRequest> earlier = plan.revisions.stream().filter(r -> r.revision > 0)
                .map(r -> read(r.change, PlanChangeRequest.class)).toList();
        return new ChangeBase(plan.id, plan.county.code, plan.hubChoice, plan.demand, plan.revision,
                read(plan.result, DailyPlan.class), earlier, plan.roads(), plan.fleetSettingsVersion);
    }

    /**
     * Stores a re-planned result as the plan's next revision, keeping the earlier ones (revision 0, the plan
     * as solved, is kept at the first change).
     *
     * @param basedOn the revision that was re-planned
     * @throws PlanConflictException when another change was stored meanwhile
     */
    @Transactional
    public PlanView storeRevision(long id, int basedOn, PlanChangeRequest request, PlanChange change,
            Replanning replanning) {
        StoredPlan plan = done(find(id));
        if (plan.revision != basedOn) {
            throw new PlanConflictException("Plan " + id + " became revision " + plan.revision
                    + " while this change was re-planned; send the change again");
        }
        if (plan.revisions.isEmpty()) {
            PlanRevision original = new PlanRevision();
            original.plan = plan;
            original.revision = 0;
            original.appliedAt = plan.state.finishedAt;
            original.notes = write(List.of());
            original.feasible = Boolean.TRUE.equals(plan.feasible);
            original.result = plan.result;
            revisions.persist(original);
            plan.revisions.add(original);
        }
        PlanRevision next = new PlanRevision();
        next.plan = plan;
        next.revision = basedOn + 1;
        next.changeType = request.type();
        next.change = write(request);
        next.description = change.describe();
        next.reportedAtSeconds = (int) change.reportedAtSeconds();
        next.appliedAt = OffsetDateTime.now();
        next.notes = write(replanning.notes());
        next.feasible = replanning.plan().feasible();
        next.result = write(replanning.plan());
        revisions.persist(next);
        plan.revisions.add(next);
        plan.revision = next.revision;
        storeResult(plan, replanning.plan());
        return view(plan);
    }

    /**
     * @return one revision's full result as stored JSON
     * @throws PlanNotFoundException for an unknown plan or revision
     */
    @Transactional
    public String revisionResultJson(long id, int revision) {
        StoredPlan plan = done(find(id));
        if (revision == plan.revision) {
            return labelled(plan, plan.result);
        }
        return revisions.find(plan, revision).map(r -> labelled(plan, r.result))
                .orElseThrow(() -> new PlanNotFoundException(id, revision, plan.revision));
    }

    private StoredPlan find(long id) {
        StoredPlan plan = plans.findById(id);
        if (plan == null) {
            throw new PlanNotFoundException(id);
        }
        return plan;
    }

    private static StoredPlan done(StoredPlan plan) {
        if (plan.state.status != JobStatus.DONE) {
            throw new PlanConflictException("Plan " + plan.id + " is " + plan.state.status
                    + "; its result exists once it is DONE");
        }
        return plan;
    }

    static PlanView view(StoredPlan plan) {
        JobState state = plan.state;
        PlanSummary summary = state.status == JobStatus.DONE && plan.costFen != null
                ? new PlanSummary(plan.costFen, plan.distanceMetres, plan.vehiclesUsed, plan.parcelsDelivered,
                        plan.unservedVillages, Boolean.TRUE.equals(plan.feasible))
                : null;
        Double elapsed = null;
        if (state.startedAt != null) {
            OffsetDateTime end = state.finishedAt != null ? state.finishedAt : OffsetDateTime.now();
            elapsed = Duration.between(state.startedAt, end).toMillis() / 1000.0;
        }
        List<AppliedChange> changes = plan.revision == 0 ? List.of() : plan.revisions.stream()
                .filter(r -> r.revision > 0)
                .map(r -> new AppliedChange(r.revision, r.changeType, r.description, readRequest(r.change),
                        PlanChangeRequests.format(r.reportedAtSeconds), r.appliedAt, readNotes(r.notes), r.feasible))
                .toList();
        return new PlanView(plan.id, plan.county.code, plan.planDate, state.status, plan.stoppedEarly,
                state.demandSource, plan.demandSeed, plan.hubChoice, plan.timeLimitSeconds, state.phase,
                state.fractionDone, plan.bestScore, elapsed, state.createdAt, state.startedAt, state.finishedAt, summary,
                state.error, plan.revision, changes, plan.roads(), plan.fleetSettingsVersion);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return stored.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The notes of a revision; those stored before notes had codes are sentences, kept as their text. */
    private static List<ReplanNote> readNotes(String notes) {
        try {
            List<ReplanNote> read = new java.util.ArrayList<>();
            for (JsonNode note : NOTES_READER.readValue(notes, NOTES)) {
                read.add(note.isTextual() ? new ReplanNote(null, List.of(), note.asText())
                        : NOTES_READER.treeToValue(note, ReplanNote.class));
            }
            return read;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored change notes cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static PlanChangeRequest readRequest(String change) {
        try {
            return change == null ? null : NOTES_READER.readValue(change, PlanChangeRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored change cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the stored demand, parsed */
    public DayDemand demand(String demandJson) {
        try {
            return stored.readValue(demandJson, DayDemand.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored demand cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
