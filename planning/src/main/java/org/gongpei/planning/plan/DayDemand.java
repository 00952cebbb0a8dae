package org.gongpei.planning.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongpei.planning.demand.DemandGenerator;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;

/**
 * One day's demand of a county: parcels down per village and carrier, farm products up.
 *
 * @param date the day
 * @param down the day's down parcels, every row of this date
 * @param up the day's up shipments, every one ready on this date
 */
public record DayDemand(LocalDate date, List<DownParcels> down, List<UpShipment> up) {

    /** @throws IllegalArgumentException when a row belongs to another day */
    public DayDemand {
        Objects.requireNonNull(date, "date");
        down = List.copyOf(down);
        up = List.copyOf(up);
        for (DownParcels row : down) {
            if (!row.date().equals(date)) {
                throw new IllegalArgumentException("Down parcels of village " + row.villageCode() + " are dated "
                        + row.date() + ", not " + date + ".");
            }
        }
        for (UpShipment shipment : up) {
            if (!shipment.readyTime().toLocalDate().equals(date)) {
                throw new IllegalArgumentException("The " + shipment.product() + " shipment of village "
                        + shipment.villageCode() + " is ready at " + shipment.readyTime() + ", not on " + date + ".");
            }
        }
    }

    /**
     * @param county the county
     * @param date the day
     * @param seed the generator's seed; same seed, same demand
     * @return the day's synthetic demand from {@link DemandGenerator}
     */
    public static DayDemand generated(CountyNetworkData county, LocalDate date, long seed) {
        DemandGenerator generator = new DemandGenerator(county, seed);
        return new DayDemand(date, generator.downParcels(date), generator.upShipments(date));
    }

    /**
     * @param date the day
     * @param down down parcels of any days (e.g. a week read from CSV)
     * @param up up shipments of any days
     * @return the rows of that day only: down rows of the date, up shipments ready on it
     */
    public static DayDemand of(LocalDate date, List<DownParcels> down, List<UpShipment> up) {
        return new DayDemand(date, down.stream().filter(row -> row.date().equals(date)).toList(),
                up.stream().filter(shipment -> shipment.readyTime().toLocalDate().equals(date)).toList());
    }
}
