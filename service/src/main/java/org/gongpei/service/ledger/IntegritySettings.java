package org.gongpei.service.ledger;

import java.time.LocalTime;

/**
 * The thresholds of the integrity checks.
 *
 * @param bulkMinParcels  a bulk sign-off has at least this many parcels signed in one minute on one vehicle
 * @param bulkMinVillages ... of at least this many villages
 * @param nightStart      stations close at this local time
 * @param nightEnd        ... and open at this one (the night may span midnight)
 */
public record IntegritySettings(int bulkMinParcels, int bulkMinVillages, LocalTime nightStart, LocalTime nightEnd) {

    /** 10 parcels of 3 villages in a minute; stations closed from 22:00 to 06:00. */
    public static final IntegritySettings DEFAULTS = new IntegritySettings(10, 3, LocalTime.of(22, 0),
            LocalTime.of(6, 0));
}
