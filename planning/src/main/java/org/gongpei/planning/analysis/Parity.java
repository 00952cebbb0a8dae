package org.gongpei.planning.analysis;

import java.util.List;

/**
 * Cost parity of a county with its provincial capital.
 *
 * @param options the reference, tolerance and remote rule applied
 * @param countyCostPerParcelFen the whole network's cost per parcel (remote villages included)
 * @param countyRatio that over the reference
 * @param nonRemoteCostPerParcelFen the cost per parcel of the villages not exempt as remote
 * @param nonRemoteRatio that over the reference
 * @param onPar whether the non-remote villages together are on par (the exemption applied)
 * @param villages per village
 */
public record Parity(ParityOptions options, double countyCostPerParcelFen, double countyRatio,
        double nonRemoteCostPerParcelFen, double nonRemoteRatio, boolean onPar, List<VillageParity> villages) {

    /**
     * One village's parity.
     *
     * @param code village code
     * @param name village name
     * @param costPerParcelFen its cost per parcel
     * @param ratio over the reference
     * @param onPar within the tolerance
     * @param remote exempt as remote (边远地区)
     */
    public record VillageParity(String code, String name, double costPerParcelFen, double ratio, boolean onPar,
            boolean remote) {
    }

    /**
     * @param villages cost to serve of the villages, the whole network's cost
     * @param options reference, tolerance, remote rule
     * @return the county's and each village's parity
     */
    public static Parity of(List<VillageCost> villages, ParityOptions options) {
        double reference = options.reference().referenceFenPerParcel();
        List<VillageParity> rows = villages.stream().map(v -> new VillageParity(v.code(), v.name(), v.costPerParcelFen(),
                v.costPerParcelFen() / reference, options.onPar(v.costPerParcelFen()), options.remote(v))).toList();
        double county = perParcel(villages);
        double nonRemote = perParcel(villages.stream().filter(v -> !options.remote(v)).toList());
        return new Parity(options, county, county / reference, nonRemote, nonRemote / reference, options.onPar(nonRemote),
                rows);
    }

    private static double perParcel(List<VillageCost> villages) {
        long parcels = villages.stream().mapToLong(VillageCost::parcels).sum();
        return parcels == 0 ? 0 : (double) villages.stream().mapToLong(VillageCost::totalFen).sum() / parcels;
    }
}
