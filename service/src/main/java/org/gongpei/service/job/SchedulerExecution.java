package org.gongpei.service.job;

import java.time.Instant;

/**
 * A job's execution as the scheduler stores it.
 *
 * @param picked whether a scheduler instance has picked it to run
 * @param pickedBy the instance that picked it
 * @param lastHeartbeat when that instance last said it still runs it
 */
public record SchedulerExecution(boolean picked, String pickedBy, Instant lastHeartbeat) {
}
