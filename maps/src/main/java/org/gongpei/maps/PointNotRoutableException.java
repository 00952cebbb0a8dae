package org.gongpei.maps;

/**
 * A location cannot be used for routing: no usable road near it, or its road is not connected
 * to the reference location (usually the county centre). Carries the index and label so a
 * client error can name the village.
 */
public class PointNotRoutableException extends RuntimeException {

    /** Why a location is not routable. */
    public enum Reason {
        /** No road the profile may use lies within the snap limit. */
        TOO_FAR_FROM_ROAD,
        /** The nearest road is not connected in both directions to the reference location. */
        NOT_CONNECTED
    }

    private final int index;
    private final String label;
    private final Reason reason;

    public PointNotRoutableException(int index, String label, Reason reason, String message) {
        super(message);
        this.index = index;
        this.label = label;
        this.reason = reason;
    }

    /** @return position of the location in the request */
    public int index() {
        return index;
    }

    /** @return label of the location */
    public String label() {
        return label;
    }

    /** @return what is wrong */
    public Reason reason() {
        return reason;
    }
}
