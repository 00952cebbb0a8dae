package org.gongpei.service.account;

import java.util.List;
import java.util.Set;

/**
 * The counties a user may see: every county, the counties of one province (by the province's name as stored
 * with each county), and/or a list of county codes.
 *
 * @param allCounties every county, for admins and province-wide identities without a province name
 * @param province a province name (e.g. 河北省), or null
 * @param counties county codes
 */
public record CountyScope(boolean allCounties, String province, Set<String> counties) {

    /** The identity attribute that carries a user's scope. */
    public static final String ATTRIBUTE = "gongpei.scope";

    /** Every county. */
    public static final CountyScope EVERY_COUNTY = new CountyScope(true, null, Set.of());

    public CountyScope {
        counties = counties == null ? Set.of() : Set.copyOf(counties);
        province = province == null || province.isBlank() ? null : province.strip();
    }

    /** A scope from a list of county codes and an optional province. */
    public static CountyScope of(String province, List<String> counties) {
        return new CountyScope(false, province, counties == null ? Set.of() : Set.copyOf(counties));
    }

    /**
     * Whether a county is in the scope.
     *
     * @param code the county's code
     * @param countyProvince the province stored with the county, or null when unknown
     */
    public boolean includes(String code, String countyProvince) {
        return allCounties || counties.contains(code) || (province != null && province.equals(countyProvince));
    }
}
