package org.gongpei.service.account;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives an identity from an OpenID Connect provider its county scope from the token's claims:
 * {@code gongpei_counties} (county codes), {@code gongpei_province} (a province name) and
 * {@code gongpei_all_counties} (true). Its roles come from the token as OIDC reads them (groups, or Keycloak's
 * realm roles); a user with a one-time password never comes this way.
 */
@ApplicationScoped
public class OidcScopeAugmentor implements SecurityIdentityAugmentor {

    /** The claim with the list of county codes. */
    public static final String COUNTIES_CLAIM = "gongpei_counties";
    /** The claim with a province name. */
    public static final String PROVINCE_CLAIM = "gongpei_province";
    /** The claim that, true, gives every county. */
    public static final String ALL_COUNTIES_CLAIM = "gongpei_all_counties";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || identity.getAttribute(CountyScope.ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        boolean all = Boolean.TRUE.equals(booleanClaim(token.getClaim(ALL_COUNTIES_CLAIM)));
        Object province = token.getClaim(PROVINCE_CLAIM);
        CountyScope scope = all ? CountyScope.EVERY_COUNTY : CountyScope.of(text(province), codes(token.getClaim(COUNTIES_CLAIM)));
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(CountyScope.ATTRIBUTE, scope).build());
    }

    private static Boolean booleanClaim(Object claim) {
        if (claim instanceof Boolean flag) {
            return flag;
        }
        if (claim instanceof JsonValue value) {
            return value == JsonValue.TRUE;
        }
        return claim == null ? null : Boolean.parseBoolean(claim.toString());
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString string) {
            return string.getString();
        }
        return claim == null ? null : claim.toString();
    }

    private static List<String> codes(Object claim) {
        List<String> codes = new ArrayList<>();
        if (claim instanceof Iterable<?> values) {
            values.forEach(value -> codes.add(text(value)));
        } else if (claim != null) {
            codes.add(text(claim));
        }
        return codes;
    }
}
