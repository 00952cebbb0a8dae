package org.gongpei.planning.demand;

/**
 * Express brands sharing the county's joint distribution, with their assumed share of the down
 * parcels. The shares are ASSUMPTIONS: rounded from the order of the national market shares the
 * listed express companies report (ZTO largest, then YTO, Yunda, J&amp;T, STO), with China Post
 * raised for its stronger rural coverage. Replace them with a county's own figures.
 */
public enum Carrier {
    /** 中国邮政 (China Post / EMS). */
    CHINA_POST("中国邮政", 0.14, "chinaPost"),
    /** 中通快递. */
    ZTO("中通", 0.25, "zto"),
    /** 圆通速递. */
    YTO("圆通", 0.18, "yto"),
    /** 申通快递. */
    STO("申通", 0.13, "sto"),
    /** 韵达快递. */
    YUNDA("韵达", 0.16, "yunda"),
    /** 极兔速递. */
    JT("极兔", 0.14, "jt");

    private final String chineseName;
    private final double share;
    private final String csvColumn;

    Carrier(String chineseName, double share, String csvColumn) {
        this.chineseName = chineseName;
        this.share = share;
        this.csvColumn = csvColumn;
    }

    /** @return the brand's Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return assumed share of the county's down parcels, 0–1; the shares sum to 1 */
    public double share() {
        return share;
    }

    /** @return the carrier's column in the down-demand CSV ({@code chinaPost}, {@code zto}, …) */
    public String csvColumn() {
        return csvColumn;
    }
}
