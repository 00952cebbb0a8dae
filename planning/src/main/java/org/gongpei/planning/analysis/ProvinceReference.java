package org.gongpei.planning.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The per-parcel cost a county is compared with: delivering a parcel in its province's capital.
 *
 * @param province province name, e.g. 河北省
 * @param capital its capital, e.g. 石家庄市
 * @param referenceFenPerParcel cost of the in-city part of a parcel's delivery in the capital (sorting at the
 *        city's outlets and the last mile), fen
 * @param source where the figure comes from; the defaults say ASSUMPTION
 * @param sourceCode the source as a code for the reader's language: {@value #ASSUMED_URBAN_FEE} (the defaults),
 *        {@value #GIVEN_IN_REQUEST}, or null for a source that is only a sentence
 * @param year the year the figure is for; null for the compiled defaults, a figure given in a request, and
 *        analyses stored before references were kept per year
 * @param sourceDate when the figure was published or surveyed; null where {@code year} is
 */
public record ProvinceReference(String province, String capital, long referenceFenPerParcel, String source,
        String sourceCode, Integer year, LocalDate sourceDate) {

    /** The code of the defaults' source: an assumed urban delivery fee of 1.20 yuan a parcel. */
    public static final String ASSUMED_URBAN_FEE = "ASSUMED_URBAN_FEE";
    /** The code of a reference given in the request. */
    public static final String GIVEN_IN_REQUEST = "GIVEN_IN_REQUEST";

    private static final String DEFAULT_SOURCE = "ASSUMPTION: 1.20 yuan, the order of the urban delivery fee (派费) "
            + "a brand pays per parcel in a provincial capital; no published per-city figure at hand, the same value "
            + "for every capital. Replace with the province's own survey figure.";

    /** A reference whose source is only a sentence. */
    public ProvinceReference(String province, String capital, long referenceFenPerParcel, String source) {
        this(province, capital, referenceFenPerParcel, source, null, null, null);
    }

    /** A reference of no particular year. */
    public ProvinceReference(String province, String capital, long referenceFenPerParcel, String source,
            String sourceCode) {
        this(province, capital, referenceFenPerParcel, source, sourceCode, null, null);
    }

    /** @throws IllegalArgumentException for a blank name or a reference ≤ 0 */
    public ProvinceReference {
        if (province == null || province.isBlank() || capital == null || capital.isBlank()) {
            throw new IllegalArgumentException("A province reference needs a province and a capital.");
        }
        if (referenceFenPerParcel <= 0) {
            throw new IllegalArgumentException("The reference cost of " + province + " must be positive.");
        }
    }

    /** @return the default table: every one an ASSUMPTION of 1.20 yuan a parcel */
    public static List<ProvinceReference> defaults() {
        return List.of(
                new ProvinceReference("河北省", "石家庄市", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE),
                new ProvinceReference("山东省", "济南市", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE),
                new ProvinceReference("山西省", "太原市", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE),
                new ProvinceReference("河南省", "郑州市", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE),
                new ProvinceReference("湖南省", "长沙市", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE),
                new ProvinceReference("湖北省", "武汉市", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE),
                new ProvinceReference("安徽省", "合肥市", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE),
                new ProvinceReference("Bayern", "München", 120, DEFAULT_SOURCE, ASSUMED_URBAN_FEE));
    }

    /**
     * @param table the references
     * @param province a province name
     * @return its reference, if the table has it
     */
    public static Optional<ProvinceReference> find(List<ProvinceReference> table, String province) {
        return table.stream().filter(reference -> reference.province().equals(province)).findFirst();
    }
}
