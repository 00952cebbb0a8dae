package org.gongpei.service.roads;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which roads a plan runs on: an uploaded network, the file configured for the county, or, without either, an
 * estimate from straight-line distances.
 *
 * @param networkId the uploaded network's id; null for the configured file and for an estimate
 * @param source the configured file, the uploaded file's name, or {@value #ESTIMATE}
 * @param contentSha256 SHA-256 of the uploaded file; null otherwise
 * @param estimate the assumptions of an estimate; null on a road network
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoadVersion(Long networkId, String source, String contentSha256, RoadEstimate estimate) {

    /** The source of plans on straight-line estimates. */
    public static final String ESTIMATE = "ESTIMATE";

    /** An uploaded network, or the configured file when {@code networkId} is null. */
    public RoadVersion(Long networkId, String source, String contentSha256) {
        this(networkId, source, contentSha256, null);
    }

    /** @return roads estimated from straight lines with these assumptions */
    public static RoadVersion estimateOf(RoadEstimate estimate) {
        return new RoadVersion(null, ESTIMATE, null, estimate);
    }

    /** @return whether these are estimated roads, not a road network */
    public boolean estimated() {
        return estimate != null;
    }
}
