package org.gongpei.service.solver;

import ai.timefold.solver.core.api.solver.SolverManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gongpei.solver.calendar.CalendarSolution;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.hub.HubAssignmentPlan;

/**
 * Readiness of the three solvers the Timefold extension builds from the solver module: {@code route}
 * ({@link RoutePlan}), {@code hub} ({@link HubAssignmentPlan}) and {@code calendar} ({@link CalendarSolution}),
 * configured in {@code org/gongpei/service/route-solver.xml}, {@code hub-solver.xml} and {@code calendar-solver.xml}. The extension needs each
 * {@code @PlanningSolution} it finds in a named solver, and each named solver injected somewhere; this
 * check is that injection point and reports each on {@code /q/health/ready}.
 */
@Readiness
@ApplicationScoped
public class SolverReadiness implements HealthCheck {

    @Inject
    @Named("route")
    SolverManager<RoutePlan> routes;

    @Inject
    @Named("hub")
    SolverManager<HubAssignmentPlan> hubs;

    @Inject
    @Named("calendar")
    SolverManager<CalendarSolution> calendars;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("solvers")
                .status(routes != null && hubs != null && calendars != null)
                .withData("route", RoutePlan.class.getSimpleName())
                .withData("hub", HubAssignmentPlan.class.getSimpleName())
                .withData("calendar", CalendarSolution.class.getSimpleName())
                .build();
    }
}
