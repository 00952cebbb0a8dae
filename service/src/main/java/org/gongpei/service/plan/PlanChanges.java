package org.gongpei.service.plan;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.replan.PlanChange;
import org.gongpei.solver.daily.replan.Replanner;
import org.gongpei.solver.daily.replan.Replanning;
import org.jboss.logging.Logger;

/**
 * Applies real-time changes to done plans: rebuilds the day's problem (with the urgent pickups of earlier
 * changes), re-plans it with the {@link Replanner} within {@code gongpei.plans.change-time-limit-seconds} while
 * the request waits, and stores the result as the plan's next revision. One change is re-planned at a time.
 */
@ApplicationScoped
public class PlanChanges {

    private static final Logger LOG = Logger.getLogger(PlanChanges.class);

    @ConfigProperty(name = "gongpei.plans.change-time-limit-seconds", defaultValue = "3")
    int timeLimitSeconds;

    @Inject
    PlanService plans;

    @Inject
    PlanProblems problems;

    /**
     * @return the plan's status document with the new revision and the change listed
     * @throws PlanNotFoundException for an unknown plan
     * @throws PlanConflictException when the plan is not done, or changed meanwhile
     * @throws org.gongpei.service.county.InvalidInputException (400) for an unreadable request
     * @throws IllegalArgumentException (400) naming an unknown vehicle or village or a time outside the day
     */
    public synchronized PlanView apply(long id, PlanChangeRequest request) {
        PlanChange change = PlanChangeRequests.read(request);
        PlanService.ChangeBase base = plans.changeBase(id);
        Duration limit = Duration.ofSeconds(timeLimitSeconds);
        DailyProblem problem = problems.problem(base.countyCode(), base.roads(), base.hubs(), base.demandJson(),
                base.fleetSettingsVersion(), limit);
        List<PlanChange> earlier = base.earlier().stream().map(PlanChangeRequests::read).toList();
        for (PlanChange before : earlier) {
            problem = Replanner.problemWith(problem, before);
        }
        Replanning replanning = new Replanner(limit).replan(problem, base.plan(), change, earlier);
        LOG.infof("Plan %d revision %d: %s %d violation(s)", id, base.revision() + 1, change.describe(),
                replanning.plan().violations().size());
        return plans.storeRevision(id, base.revision(), request, change, replanning);
    }
}
