package org.gongpei.planning.analysis;

/**
 * A cost split into parts, in fen; the parts add up to {@link #totalFen()}.
 *
 * @param fixedFen vehicle-days (the fixed cost of each vehicle used, which also stands for its driver's day)
 * @param distanceFen running cost per km
 * @param timeFen cost per working hour
 * @param handlingFen sorting at the centre or a brand's depot and re-loading at hubs, per parcel
 */
public record CostParts(long fixedFen, long distanceFen, long timeFen, long handlingFen) {

    /** No cost. */
    public static final CostParts ZERO = new CostParts(0, 0, 0, 0);

    /** @return the sum of the parts */
    public long totalFen() {
        return fixedFen + distanceFen + timeFen + handlingFen;
    }

    /** @return the part-wise sum */
    public CostParts plus(CostParts other) {
        return new CostParts(fixedFen + other.fixedFen, distanceFen + other.distanceFen, timeFen + other.timeFen,
                handlingFen + other.handlingFen);
    }
}
