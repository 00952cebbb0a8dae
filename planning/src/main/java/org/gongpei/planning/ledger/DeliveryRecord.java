package org.gongpei.planning.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One parcel's row of the delivery record: where it went and when each step happened.
 *
 * @param waybill          the carrier's waybill number (运单号)
 * @param carrier          the carrier, one of the county's (快递公司)
 * @param villageCode      the destination village's code (村编码)
 * @param chilled          whether it travelled in the cold chain (冷链)
 * @param receivedAtCentre taken in at the county centre (县中心入库时间)
 * @param leftCentre       left the county centre (县中心出库时间)
 * @param arrivedAtHub     arrived at the township hub (乡镇到件时间), or null
 * @param arrivedAtStation arrived at the village station (村站到件时间)
 * @param signedAt         signed for (签收时间), or null
 * @param vehicle          the vehicle that brought it to the station (车辆), or null
 */
public record DeliveryRecord(String waybill, String carrier, String villageCode, boolean chilled,
        Instant receivedAtCentre, Instant leftCentre, Instant arrivedAtHub, Instant arrivedAtStation,
        Instant signedAt, String vehicle) {

    public DeliveryRecord {
        Objects.requireNonNull(waybill, "waybill");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(receivedAtCentre, "receivedAtCentre");
        Objects.requireNonNull(leftCentre, "leftCentre");
        Objects.requireNonNull(arrivedAtStation, "arrivedAtStation");
    }

    /** @return seconds from the county centre's intake to the village station, the delivery-time indicator */
    public long deliverySeconds() {
        return arrivedAtStation.getEpochSecond() - receivedAtCentre.getEpochSecond();
    }

    /** @return whether every time of the row is recorded and a vehicle is named (台账完整) */
    public boolean complete() {
        return arrivedAtHub != null && signedAt != null && vehicle != null;
    }
}
