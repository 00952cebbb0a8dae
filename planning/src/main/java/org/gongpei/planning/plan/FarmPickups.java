package org.gongpei.planning.plan;

import java.time.Duration;
import java.time.LocalDate;

import org.gongpei.planning.demand.UpShipment;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.domain.Stop;

/** Converts up shipments into the solver's pickups. */
final class FarmPickups {

    private FarmPickups() {
    }

    /**
     * @param shipment an up shipment ready on {@code date}
     * @param date the planned day, whose midnight is time 0
     * @return the pickup: grams, cm³, ready seconds since midnight, seconds to cold store or {@link Stop#NO_LIMIT}
     */
    static FarmPickup of(UpShipment shipment, LocalDate date) {
        long readySeconds = Duration.between(date.atStartOfDay(), shipment.readyTime()).toSeconds();
        long maxSeconds = shipment.maxHoursToColdStorage() == null ? Stop.NO_LIMIT
                : shipment.maxHoursToColdStorage() * 3600L;
        return new FarmPickup(shipment.product().name(), shipment.parcels(), Math.round(shipment.weightKg() * 1_000),
                Math.round(shipment.volumeM3() * 1_000_000), shipment.chilled(), readySeconds, maxSeconds);
    }
}
