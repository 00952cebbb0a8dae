package org.gongpei.service.roads;

import java.time.OffsetDateTime;

/**
 * A registered extract.
 *
 * @param id its id, for cutting
 * @param file the file, relative to the extract directory
 * @param sizeBytes its size when registered
 * @param registeredAt when it was registered
 */
public record RoadExtractView(long id, String file, long sizeBytes, OffsetDateTime registeredAt) {
}
