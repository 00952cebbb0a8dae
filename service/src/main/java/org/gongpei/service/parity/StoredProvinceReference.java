package org.gongpei.service.parity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.gongpei.planning.analysis.ProvinceReference;

/**
 * A provincial capital's cost of delivering a parcel in one year, as entered or imported.
 *
 * @param province province name, e.g. 河北省
 * @param capital its capital, e.g. 石家庄市
 * @param year the year the figure is for, 2000–2100
 * @param fenPerParcel the cost, fen
 * @param yuanPerParcel the same in yuan
 * @param source where the figure comes from
 * @param sourceCode a code the page translates for a source it knows ({@value ProvinceReference#ASSUMED_URBAN_FEE}
 *        for the assumed figures the service starts with), or null
 * @param sourceDate when the figure was published or surveyed
 * @param enteredBy who entered or imported it
 * @param enteredAt when
 */
public record StoredProvinceReference(String province, String capital, int year, long fenPerParcel,
        double yuanPerParcel, String source, String sourceCode, LocalDate sourceDate, String enteredBy,
        OffsetDateTime enteredAt) {

    /** @return the reference as the analysis uses it */
    public ProvinceReference reference() {
        return new ProvinceReference(province, capital, fenPerParcel, source, sourceCode, year, sourceDate);
    }
}
