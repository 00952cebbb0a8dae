package org.gongpei.service.account;

import java.util.List;

/**
 * A user to create or change. On a change, null fields keep their value.
 *
 * @param username lower-case letters, digits, dot, dash or underscore, 2–64 characters
 * @param role admin, contractor, bureau or evaluator
 * @param allCounties every county (implied for admins)
 * @param province a province name as stored with its counties (e.g. 河北省): all its counties
 * @param counties county codes
 * @param enabled false locks the user out (tokens included)
 */
public record UserRequest(String username, String role, Boolean allCounties, String province, List<String> counties,
        Boolean enabled) {
}
