package org.gongpei.service.parity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A county's remote-area rule as saved.
 *
 * @param roadMinutes road minutes by van from the centre from which a village is remote; 0 for no time rule; null
 *        when not set ({@value RemoteRule#DEFAULT_ROAD_MINUTES} applies)
 * @param villageCodes villages declared remote
 * @param savedBy who saved it; null in a request
 * @param savedAt when; null in a request
 */
public record RemoteRuleSetting(Integer roadMinutes, List<String> villageCodes, String savedBy,
        OffsetDateTime savedAt) {

    /** @return the rule it makes */
    public RemoteRule rule() {
        return new RemoteRule(roadMinutes == null ? RemoteRule.DEFAULT_ROAD_MINUTES : roadMinutes,
                villageCodes == null ? List.of() : villageCodes, RemoteRule.Source.COUNTY);
    }
}
