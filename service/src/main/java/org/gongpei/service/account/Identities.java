package org.gongpei.service.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a stored user and reads gongpei's attributes back from any identity. */
public final class Identities {

    /** True on an identity whose one-time password is still to be changed. */
    public static final String MUST_CHANGE_PASSWORD = "gongpei.must-change-password";

    private Identities() {
    }

    /** The identity of a stored user: their name, role, scope and whether they must change their password. */
    public static SecurityIdentity of(UserAccount user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role)
                .addAttribute(CountyScope.ATTRIBUTE, user.scope())
                .addAttribute(MUST_CHANGE_PASSWORD, user.mustChangePassword)
                .build();
    }

    /** The identity's scope; an admin without one sees every county, anyone else none. */
    public static CountyScope scope(SecurityIdentity identity) {
        Object scope = identity.getAttribute(CountyScope.ATTRIBUTE);
        if (scope instanceof CountyScope countyScope) {
            return countyScope;
        }
        return identity.hasRole(Roles.ADMIN) ? CountyScope.EVERY_COUNTY : CountyScope.of(null, null);
    }

    /** Whether the identity still has to replace a one-time password. */
    public static boolean mustChangePassword(SecurityIdentity identity) {
        return Boolean.TRUE.equals(identity.getAttribute(MUST_CHANGE_PASSWORD));
    }
}
