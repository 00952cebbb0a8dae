package org.gongpei.service.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the job scheduler runs executions; reports its instance name and the jobs waiting. */
@Readiness
@ApplicationScoped
public class JobReadiness implements HealthCheck {

    @Inject
    JobScheduler scheduler;

    @Override
    public HealthCheckResponse call() {
        boolean running = scheduler.running();
        var response = HealthCheckResponse.named("jobs").status(running).withData("scheduler", scheduler.name())
                .withData("threads", scheduler.threads());
        if (running) {
            response.withData("queued", scheduler.queued());
        }
        return response.build();
    }
}
