package org.gongpei.service.fleet;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongpei.planning.fleet.FleetSettings;

/**
 * One version of a county's fleet and cost settings.
 *
 * @param countyCode the county
 * @param version    1, 2, … as saved; 0 for the demo defaults of a county that has saved none
 * @param settings   the settings
 * @param savedAt    when this version was saved; absent for the defaults
 * @param savedBy    who saved it; absent for the defaults
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredFleetSettings(String countyCode, int version, FleetSettings settings, OffsetDateTime savedAt,
        String savedBy) {

    /** The version number of the demo defaults. */
    public static final int DEFAULTS = 0;

    static StoredFleetSettings defaults(String countyCode) {
        return new StoredFleetSettings(countyCode, DEFAULTS, FleetSettings.defaults(), null, null);
    }
}
