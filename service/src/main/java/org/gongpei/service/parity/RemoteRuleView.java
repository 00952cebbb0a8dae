package org.gongpei.service.parity;

import java.util.List;

import org.gongpei.service.ledger.RecordCompliance.Exemption;

/**
 * A county's remote-area rule: as saved, as applied, and the villages it makes remote.
 *
 * @param countyCode the county
 * @param setting the rule as saved, or null when the county saved none
 * @param rule the rule applied: the setting, or the default
 * @param remote the villages the rule makes remote, with their road time from the centre by van over the county's
 *        road network (without one, only the listed villages)
 * @param villages the county's villages
 */
public record RemoteRuleView(String countyCode, RemoteRuleSetting setting, RemoteRule rule, Exemption remote,
        int villages) {
}
