package org.gongpei.solver.testing;

import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;

/** Locations 0..n-1 on a straight road, 1 km and 600 s apart; location 0 is the depot. */
public final class LineNetwork {

    public static final long METRES_PER_STEP = 1_000;
    public static final long SECONDS_PER_STEP = 600;

    private LineNetwork() {
    }

    public static TravelMatrix matrix(int locations) {
        long[] metres = new long[locations * locations];
        long[] seconds = new long[locations * locations];
        for (int from = 0; from < locations; from++) {
            for (int to = 0; to < locations; to++) {
                metres[from * locations + to] = Math.abs(from - to) * METRES_PER_STEP;
                seconds[from * locations + to] = Math.abs(from - to) * SECONDS_PER_STEP;
            }
        }
        return new TravelMatrix(locations, metres, seconds);
    }

    public static Quantities parcels(TemperatureClass temperatureClass, long parcels) {
        return Quantities.of(temperatureClass, Dimension.PARCELS, parcels);
    }

    public static Quantities ambient(long parcels) {
        return parcels(TemperatureClass.AMBIENT, parcels);
    }
}
