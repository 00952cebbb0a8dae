package org.gongpei.service.county;

/** A village that cannot be removed: delivery records, which are kept for evaluation, name it. */
public class VillageHasRecordsException extends RuntimeException {

    public VillageHasRecordsException(String countyCode, String villageCode) {
        super("Delivery records of county " + countyCode + " name village " + villageCode
                + "; they are kept for evaluation, so the village cannot be removed (its station can be taken away)");
    }
}
