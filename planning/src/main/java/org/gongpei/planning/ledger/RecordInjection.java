package org.gongpei.planning.ledger;

/** The falsifications {@link RecordGenerator} can inject, one per integrity rule that stored rows can break. */
public enum RecordInjection {
    /** A parcel signed for before it reached the station: the import must refuse the row. */
    SIGNED_BEFORE_ARRIVAL,
    /** A waybill of the first file imported again in a second file. */
    WAYBILL_IN_TWO_BATCHES,
    /** Parcels of several villages signed for in one minute on one vehicle. */
    BULK_SIGN_OFF,
    /** A station arrival at night. */
    NIGHT_TIME,
    /** A station reached one minute after the parcel left the centre, in a village far from it. */
    FASTER_THAN_ROAD_FROM_CENTRE,
    /**
     * Two parcels on one new vehicle, at two villages far apart three minutes apart: the manifest lists both
     * waybills.
     */
    VEHICLE_FASTER_THAN_ROAD
}
