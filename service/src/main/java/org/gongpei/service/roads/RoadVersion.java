package org.gongpei.service.roads;

/**
 * Which road network a plan runs on: an uploaded network, or the file configured for the county.
 *
 * @param networkId the uploaded network's id; null for the configured file
 * @param source the configured file, or the uploaded file's name
 * @param contentSha256 SHA-256 of the uploaded file; null for the configured file
 */
public record RoadVersion(Long networkId, String source, String contentSha256) {

    /** @return the version a plan records, e.g. {@code upload 3 north-bayreuth.osm.gz sha256:1f2e…} */
    public String describe() {
        return networkId == null ? "configured " + source
                : "upload " + networkId + " " + source + " sha256:" + contentSha256;
    }
}
