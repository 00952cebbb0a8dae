package org.gongpei.service.roads;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.JobView;

/**
 * An uploaded road network and its import job.
 *
 * @param id the network's id, the version plans record
 * @param countyCode the county
 * @param status QUEUED, SOLVING (importing), DONE (imported), FAILED or INTERRUPTED
 * @param current whether it is the county's current network (its newest imported one)
 * @param sourceName the uploaded file's name
 * @param sizeBytes the file's size (of a cut: once it is made)
 * @param extractId the registered extract a cut is made from; absent for an upload
 * @param bufferMetres the buffer around the county's outline of a cut
 * @param contentSha256 SHA-256 of the file's content
 * @param graphHash the imported graph's hash (content and vehicle profiles), once imported
 * @param nodes road junctions and way ends of the graph, once imported
 * @param edges road segments of the graph, once imported
 * @param phase the import's step: {@code READING_OSM}, {@code SUBNETWORKS}, {@code CH_<profile>},
 *        {@code ROAD_CHECK}, {@code done}
 * @param fractionDone share of the import done, 0–1
 * @param createdAt when it was uploaded
 * @param startedAt when its import started
 * @param importedAt when its import ended
 * @param error why the import failed
 * @param roadCheck the county's villages checked against it ({@link RoadCheck}), once imported
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoadNetworkView(long id, String countyCode, JobStatus status, boolean current, String sourceName,
        Long sizeBytes, Long extractId, Double bufferMetres, String contentSha256, String graphHash, Integer nodes, Integer edges, String phase,
        double fractionDone, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime importedAt,
        String error, JsonNode roadCheck) implements JobView {
}
