package org.gongpei.planning.plan;

import static org.gongpei.solver.domain.Dimension.CUBIC_CENTIMETRES;
import static org.gongpei.solver.domain.Dimension.GRAMS;
import static org.gongpei.solver.domain.Dimension.PARCELS;
import static org.gongpei.solver.domain.TemperatureClass.AMBIENT;
import static org.gongpei.solver.domain.TemperatureClass.CHILLED;

import java.util.List;

import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.fleet.FleetDefaults;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.fleet.FleetSettings.VehicleSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * The fleet for a day: vehicle types of the solver's contract, costs in fen.
 *
 * @param vehicleTypes the vehicle types, codes unique
 */
public record DailyFleet(List<VehicleType> vehicleTypes) {

    /** Trunk box truck code. */
    public static final String BOX_TRUCK = "BOX_4_2";
    /** Trunk refrigerated truck code. */
    public static final String REFRIGERATED_TRUCK = "REEFER_4_2";
    /** Code of the vans serving villages straight from the county centre. */
    public static final String CENTRE_VAN = "VAN_CENTRE";
    /** Code of the vans based at each township hub in use. */
    public static final String HUB_VAN = "VAN_HUB";

    /** Margin on every sized count: the loads of the day × 1.3, plus one vehicle (ASSUMPTION). */
    public static final double SIZING_MARGIN = 1.3;
    /** Parcel capacity bound: one parcel per 0.5 kg of payload, so weight and volume bind first (ASSUMPTION). */
    public static final double KILOGRAMS_PER_PARCEL_BOUND = 0.5;

    /** @throws IllegalArgumentException for an empty fleet */
    public DailyFleet {
        vehicleTypes = List.copyOf(vehicleTypes);
        if (vehicleTypes.isEmpty()) {
            throw new IllegalArgumentException("A fleet needs at least one vehicle type.");
        }
    }

    /**
     * A default fleet sized to the day's demand, on the vehicle classes of {@link FleetDefaults#daming()}.
     *
     * <p><b>Types.</b> Trunk (county centre ↔ hubs): the 4.2 m box truck ({@link VehicleProfile#BOX_TRUCK},
     * ambient only) and the 4.2 m refrigerated truck ({@link VehicleProfile#REFRIGERATED_TRUCK}, chilled
     * only). Villages: the van ({@link VehicleProfile#VAN}), as {@link VehicleRole#CENTRE_DELIVERY} from the
     * centre and {@link VehicleRole#HUB_DELIVERY} at each hub in use; its payload and volume are split into
     * an ambient part and an insulated box for chilled parcels (150 kg, 0.4 m³, ASSUMPTION). The electric tricycle is left out: it may not use county
     * roads, so it cannot reach villages behind them. Parcel capacities are a loose bound, payload /
     * {@value #KILOGRAMS_PER_PARCEL_BOUND} kg. Shifts 05:30–21:00, at most 11 h of work (ASSUMPTIONS).
     *
     * <p><b>Costs</b> (fen = yuan × 100, rounded): fixed cost per vehicle-day and cost per km from
     * {@link FleetDefaults#daming()} and {@link org.gongpei.planning.fleet.CostParameters#defaults()}
     * (DOMAIN.md: 100–200 yuan per vehicle-day, 1 yuan/km, diesel 7.5 yuan/L at 11 and 14 L/100 km); the
     * refrigerated truck's fixed cost includes its cooling cost per day (~75 yuan). Cost per hour is 0: no
     * sourced driver wage is at hand, the fixed cost per vehicle-day stands for the driver's day.
     *
     * <p><b>Counts</b>, each {@code ceil(1.3 × L) + 1} where L is the largest ratio over parcels, weight and
     * volume of a load to the vehicle's capacity in the compartment concerned, as if every vehicle drove
     * one route:
     * <ul>
     * <li>box trucks: the day's whole ambient load, down plus up (the trunk carries at most all of it);</li>
     * <li>refrigerated trucks: the day's chilled load, down plus up;</li>
     * <li>vans per hub: the heaviest plausible hub share, down plus up, of both compartments: for every hub
     * site h (designated or not), the villages nearer in a straight line to h than to the centre and to
     * every designated hub, capped at h's daily parcel capacity; the largest of these. It bounds a hub's
     * straight-line catchment both with the designated hubs and with all hubs;</li>
     * <li>centre vans: the villages nearer to the centre than to every designated hub, plus what the
     * designated hubs' capacities leave over.</li>
     * </ul>
     * The chilled down parcels' weight and volume are estimated by their share of a village's parcels (the
     * demand gives only totals). For the Daming demo day (about 42,000 parcels, 70 t, 430 m³ down) this
     * gives dozens of trucks and of vans per hub: counts are what the planner may use, not what it must.
     *
     * @param county the county
     * @param demand the day's demand
     * @return the fleet
     */
    public static DailyFleet sizedFor(CountyNetworkData county, DayDemand demand) {
        return sizedFor(county, demand, FleetSettings.defaults());
    }

    /**
     * The fleet of a county's settings: as {@link #sizedFor(CountyNetworkData, DayDemand)}, with the vehicle
     * classes, capacities, costs and shift of the settings; a class with a stated count has that many vehicles
     * (vans: that many at the centre and at each hub), the others are sized to the day.
     *
     * @throws IllegalArgumentException for settings with {@link FleetSettings#problems()}
     */
    public static DailyFleet sizedFor(CountyNetworkData county, DayDemand demand, FleetSettings settings) {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException("Fleet settings that cannot be used: " + settings.problems());
        }
        VehicleSettings box = settings.trunkTruck();
        VehicleSettings reefer = settings.chilledTruck();
        VehicleSettings van = settings.van();
        Quantities boxCapacity = compartment(Quantities.ZERO, AMBIENT, box.capacityKg() - box.chilledKg(),
                box.capacityM3() - box.chilledM3());
        Quantities reeferCapacity = compartment(Quantities.ZERO, CHILLED, reefer.chilledKg(), reefer.chilledM3());
        Quantities vanCapacity = compartment(compartment(Quantities.ZERO, AMBIENT, van.capacityKg() - van.chilledKg(),
                van.capacityM3() - van.chilledM3()), CHILLED, van.chilledKg(), van.chilledM3());

        FleetShares shares = FleetShares.of(county, VillageDay.of(county, demand));
        Shift shift = new Shift(settings);
        return new DailyFleet(List.of(
                type(BOX_TRUCK, box, box.name(), VehicleRole.TRUNK, VehicleProfile.BOX_TRUCK,
                        count(box, shares.total(), boxCapacity), boxCapacity, shift),
                type(REFRIGERATED_TRUCK, reefer, reefer.name(), VehicleRole.TRUNK, VehicleProfile.REFRIGERATED_TRUCK,
                        count(reefer, shares.total(), reeferCapacity), reeferCapacity, shift),
                type(CENTRE_VAN, van, van.name() + "（中心直送）", VehicleRole.CENTRE_DELIVERY, VehicleProfile.VAN,
                        count(van, shares.centre(), vanCapacity), vanCapacity, shift),
                type(HUB_VAN, van, van.name() + "（乡镇站）", VehicleRole.HUB_DELIVERY, VehicleProfile.VAN,
                        van.count() != null ? van.count()
                                : shares.hubs().stream().mapToInt(share -> count(share, vanCapacity)).max().orElse(1),
                        vanCapacity, shift)));
    }

    private record Shift(long startSeconds, long endSeconds, long maxWorkingSeconds) {
        Shift(FleetSettings settings) {
            this(Math.round(settings.shiftStartHour() * 3600), Math.round(settings.shiftEndHour() * 3600),
                    Math.round(settings.maxWorkingHours() * 3600));
        }
    }

    private static int count(VehicleSettings vehicle, Quantities load, Quantities capacity) {
        return vehicle.count() != null ? vehicle.count() : count(load, capacity);
    }

    /**
     * @param factor how many times the delivery vans, at least 1
     * @return this fleet with {@code ceil(factor × count)} vans of every delivery type (centre and hub vans), the
     *         trunk unchanged
     */
    public DailyFleet withMoreDeliveryVans(double factor) {
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("The delivery vans can be multiplied by at least 1, not " + factor + ".");
        }
        return new DailyFleet(vehicleTypes.stream().map(type -> type.role() == VehicleRole.TRUNK ? type
                : type.withCount((int) Math.ceil(factor * type.count()))).toList());
    }

    /** @return the vehicle types of one role */
    public List<VehicleType> vehicleTypes(VehicleRole role) {
        return vehicleTypes.stream().filter(type -> type.role() == role).toList();
    }

    private static VehicleType type(String code, VehicleSettings vehicle, String name, VehicleRole role,
            VehicleProfile profile, int count, Quantities capacity, Shift shift) {
        return new VehicleType(code, name, role, profile.name(), count, capacity,
                Math.round(vehicle.fixedYuanPerDay() * 100), Math.round(vehicle.yuanPerKm() * 100),
                Math.round(vehicle.yuanPerHour() * 100), shift.startSeconds(), shift.endSeconds(),
                shift.maxWorkingSeconds());
    }

    private static Quantities compartment(Quantities capacity, TemperatureClass temperature, double kg, double m3) {
        return capacity.with(temperature, PARCELS, Math.round(kg / KILOGRAMS_PER_PARCEL_BOUND))
                .with(temperature, GRAMS, Math.round(kg * 1_000))
                .with(temperature, CUBIC_CENTIMETRES, Math.round(m3 * 1_000_000));
    }

    /** @return ceil(margin × the largest load-to-capacity ratio over the components the vehicle has) + 1 */
    static int count(Quantities load, Quantities capacity) {
        double ratio = 0;
        for (int i = 0; i < Quantities.COMPONENTS; i++) {
            if (capacity.get(i) > 0) {
                ratio = Math.max(ratio, (double) load.get(i) / capacity.get(i));
            }
        }
        return (int) Math.ceil(SIZING_MARGIN * ratio) + 1;
    }
}
