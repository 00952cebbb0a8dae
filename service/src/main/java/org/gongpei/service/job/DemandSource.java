package org.gongpei.service.job;

/** Where a job's demand came from. */
public enum DemandSource {
    /** The seeded synthetic demand generator of the datasets module. */
    GENERATED,
    /** Demand CSV files uploaded with the request. */
    UPLOADED
}
