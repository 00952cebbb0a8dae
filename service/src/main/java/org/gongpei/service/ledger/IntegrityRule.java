package org.gongpei.service.ledger;

/** The integrity checks of the delivery record; each is documented in the service README. */
public enum IntegrityRule {
    /** A parcel signed for before it arrived at the station. */
    SIGNED_BEFORE_ARRIVAL,
    /** A waybill imported in two batches (not as a correction). */
    WAYBILL_IN_TWO_BATCHES,
    /** Many parcels of different villages signed for in the same minute on one vehicle. */
    BULK_SIGN_OFF,
    /** A station arrival or signature at night, outside the stations' opening hours. */
    NIGHT_TIME,
    /** A station reached sooner after the centre than the road network allows. */
    FASTER_THAN_ROAD_FROM_CENTRE,
    /** One vehicle at two stations sooner apart than the road between them allows. */
    VEHICLE_FASTER_THAN_ROAD
}
