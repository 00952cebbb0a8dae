package org.gongpei.service.rest;

import java.util.Set;

import org.gongpei.service.account.ScopedObject;

/**
 * Who may call one endpoint: the roles (an admin may call every endpoint), what the path names so that a user
 * outside its county gets a 404, and the audit action a successful or refused state change is logged under.
 *
 * @param roles the roles besides admin
 * @param object what {@code {code}} or {@code {id}} names; NONE when the endpoint filters by itself
 * @param auditAction the audit log's action, or null for reads
 * @param beforePasswordChange true when a user with a one-time password may call it
 */
public record AccessRule(Set<String> roles, ScopedObject object, String auditAction, boolean beforePasswordChange) {

    public AccessRule {
        roles = Set.copyOf(roles);
    }
}
