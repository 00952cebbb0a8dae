package org.gongpei.service.job;

/**
 * One job: its kind's name and its id. It is the data of the job's scheduler execution.
 *
 * @param kind the {@link JobKind#name()}
 * @param id the id of the kind's stored job
 */
public record JobKey(String kind, long id) {

    /** @return the id of the job's scheduler execution, e.g. {@code plan-12} */
    public String instanceId() {
        return kind + "-" + id;
    }
}
