package org.gongpei.service.parity;

/**
 * The body of a province reference as sent: every value as read, checked by {@link ProvinceReferenceChecks} so that
 * a value of the wrong kind (a price that is not a number) is named like any other bad value.
 *
 * @param capital the capital, e.g. 石家庄市
 * @param yuanPerParcel the cost per parcel in yuan, a number above 0 and at most 100
 * @param source where the figure comes from, required
 * @param sourceDate when the figure was published or surveyed, yyyy-mm-dd, not in the future
 */
public record ProvinceReferenceInput(String capital, Object yuanPerParcel, String source, Object sourceDate) {
}
