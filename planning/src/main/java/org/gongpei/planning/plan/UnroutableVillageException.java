package org.gongpei.planning.plan;

/**
 * A site of the day (a village, a hub or the county centre) cannot be reached by road: too far from
 * a road its vehicles may use, or cut off from the county centre. Names the site so that a client
 * error can say which one.
 */
public class UnroutableVillageException extends RuntimeException {

    private final String code;
    private final String name;
    private final String reason;
    private final String profile;

    /**
     * @param code the site's code (the county code for the centre)
     * @param name its name
     * @param reason {@code TOO_FAR_FROM_ROAD} or {@code NOT_CONNECTED}
     * @param profile the vehicle profile that cannot reach it
     * @param message a sentence for a person
     * @param cause the road network's error
     */
    public UnroutableVillageException(String code, String name, String reason, String profile, String message,
            Throwable cause) {
        super(message, cause);
        this.code = code;
        this.name = name;
        this.reason = reason;
        this.profile = profile;
    }

    /** @return the site's code */
    public String code() {
        return code;
    }

    /** @return the site's name */
    public String name() {
        return name;
    }

    /** @return {@code TOO_FAR_FROM_ROAD} or {@code NOT_CONNECTED} (the names of the maps module's reasons) */
    public String reason() {
        return reason;
    }

    /** @return the vehicle profile (a {@link org.gongpei.maps.VehicleProfile} name) that cannot reach the site */
    public String profile() {
        return profile;
    }
}
