package org.gongpei.planning.demand;

/**
 * Farm products shipped up from Daming's villages. Peanuts, sesame oil, flour and straw crafts are
 * the county's e-commerce products named in seed 002 (花生、香油、面粉、草编); fresh vegetables and
 * fruit stand for the chilled (0–4 °C) up flow. Parcel weights and volumes, the monthly season
 * factors and the maximum hours to cold storage are ASSUMPTIONS (typical packaging; North China
 * Plain crop calendar: wheat harvest in June, peanuts in September–October, open-field vegetables
 * April–October, melons and fruit June–September).
 */
public enum FarmProduct {
    /** 花生, 5 kg bags, harvested September–October and sold from store all year. */
    PEANUTS("花生", 5.0, 0.012, false, null,
            new double[] {0.6, 0.6, 0.5, 0.4, 0.3, 0.3, 0.3, 0.5, 1.0, 1.0, 0.9, 0.8}),
    /** 香油 (小磨香油), 2.5 kg of bottles, peaks before the Spring Festival and Mid-Autumn. */
    SESAME_OIL("香油", 2.5, 0.004, false, null,
            new double[] {1.0, 0.9, 0.6, 0.6, 0.6, 0.6, 0.6, 0.7, 0.9, 0.9, 0.8, 0.9}),
    /** 面粉, 10 kg sacks, new-wheat flour from June. */
    FLOUR("面粉", 10.0, 0.015, false, null,
            new double[] {0.8, 0.8, 0.7, 0.7, 0.7, 1.0, 1.0, 0.9, 0.8, 0.8, 0.8, 0.8}),
    /** 草编 (straw crafts), 1 kg, made mostly in the slack winter season. */
    STRAW_CRAFTS("草编", 1.0, 0.020, false, null,
            new double[] {1.0, 1.0, 0.8, 0.6, 0.5, 0.4, 0.4, 0.5, 0.6, 0.7, 0.9, 1.0}),
    /** 新鲜蔬菜, 5 kg crates, chilled; pre-cooled within 4 h of harvest. */
    FRESH_VEGETABLES("新鲜蔬菜", 5.0, 0.020, true, 4,
            new double[] {0.0, 0.0, 0.2, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.4, 0.0}),
    /** 新鲜水果 (melons, pears), 5 kg boxes, chilled; pre-cooled within 6 h of harvest. */
    FRESH_FRUIT("新鲜水果", 5.0, 0.015, true, 6,
            new double[] {0.0, 0.0, 0.0, 0.0, 0.3, 0.8, 1.0, 1.0, 0.8, 0.4, 0.0, 0.0});

    private final String chineseName;
    private final double weightKgPerParcel;
    private final double volumeM3PerParcel;
    private final boolean chilled;
    private final Integer maxHoursToColdStorage;
    private final double[] monthFactors;

    FarmProduct(String chineseName, double weightKgPerParcel, double volumeM3PerParcel, boolean chilled,
            Integer maxHoursToColdStorage, double[] monthFactors) {
        this.chineseName = chineseName;
        this.weightKgPerParcel = weightKgPerParcel;
        this.volumeM3PerParcel = volumeM3PerParcel;
        this.chilled = chilled;
        this.maxHoursToColdStorage = maxHoursToColdStorage;
        this.monthFactors = monthFactors;
    }

    /** @return the product's Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return weight of one parcel, kg */
    public double weightKgPerParcel() {
        return weightKgPerParcel;
    }

    /** @return volume of one parcel, m³ */
    public double volumeM3PerParcel() {
        return volumeM3PerParcel;
    }

    /** @return true when it travels chilled (0–4 °C) */
    public boolean chilled() {
        return chilled;
    }

    /** @return hours from ready time to cold storage at most; null for ambient products */
    public Integer maxHoursToColdStorage() {
        return maxHoursToColdStorage;
    }

    /**
     * @param month 1–12
     * @return relative shipping activity in that month, 0–1
     */
    public double monthFactor(int month) {
        return monthFactors[month - 1];
    }
}
