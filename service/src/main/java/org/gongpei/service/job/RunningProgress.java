package org.gongpei.service.job;

/**
 * The latest progress of a job this process runs.
 *
 * @param phase the part being solved
 * @param fractionDone share done, 0–1
 * @param bestScore the solver's best score of the part, or null
 * @param elapsedSeconds seconds since the job started
 */
public record RunningProgress(String phase, double fractionDone, String bestScore, double elapsedSeconds) {
}
