package org.gongpei.datasets.daming;

import java.util.List;
import java.util.Random;

/**
 * Synthetic residents per village: log-normal draws (villages: median {@value #VILLAGE_MEDIAN}, σ
 * {@value #VILLAGE_SIGMA}; urban communities: median {@value #URBAN_MEDIAN}, σ {@value #URBAN_SIGMA}),
 * then scaled so the county total is {@value #COUNTY_RESIDENTS} (Daming, 2020 census, rounded),
 * then rounded per village (so the total is within ± the number of villages of it). The medians and
 * σ are assumptions giving a realistic right skew, not data.
 */
final class PopulationModel {

    static final int COUNTY_RESIDENTS = 726_000;
    static final double VILLAGE_MEDIAN = 900;
    static final double VILLAGE_SIGMA = 0.6;
    static final double URBAN_MEDIAN = 2_500;
    static final double URBAN_SIGMA = 0.4;
    static final int MINIMUM_RESIDENTS = 80;

    private PopulationModel() {
    }

    static int[] draw(List<Boolean> urban, Random random) {
        double[] raw = new double[urban.size()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            double median = urban.get(i) ? URBAN_MEDIAN : VILLAGE_MEDIAN;
            double sigma = urban.get(i) ? URBAN_SIGMA : VILLAGE_SIGMA;
            raw[i] = median * StrictMath.exp(sigma * random.nextGaussian());
            sum += raw[i];
        }
        int[] result = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            result[i] = (int) StrictMath.max(MINIMUM_RESIDENTS, StrictMath.round(raw[i] * COUNTY_RESIDENTS / sum));
        }
        return result;
    }
}
