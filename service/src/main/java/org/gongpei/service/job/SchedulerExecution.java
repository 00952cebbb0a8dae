package org.gongpei.service.job;

import java.time.Duration;
import java.time.Instant;

/**
 * A job's execution as the scheduler stores it.
 *
 * @param picked whether a scheduler instance has picked it to run
 * @param pickedBy the instance that picked it
 * @param lastHeartbeat when that instance last said it still runs it
 */
public record SchedulerExecution(boolean picked, String pickedBy, Instant lastHeartbeat) {

    /**
     * Whether the execution still runs or will run: it waits to be picked, it is picked by this instance
     * and runs here, or another instance picked it and its heartbeat is recent.
     *
     * @param self this instance's scheduler name
     * @param runsHere whether this process runs the job now
     * @param deadAfter how old a heartbeat may be before the execution counts as dead
     */
    public boolean live(String self, boolean runsHere, Instant now, Duration deadAfter) {
        if (!picked) {
            return true;
        }
        if (self.equals(pickedBy)) {
            return runsHere;
        }
        return lastHeartbeat != null && lastHeartbeat.isAfter(now.minus(deadAfter));
    }
}
