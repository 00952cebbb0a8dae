package org.gongpei.service.rest;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.gongpei.service.account.Audit;
import org.gongpei.service.account.CountyScopes;
import org.gongpei.service.account.Identities;
import org.gongpei.service.account.PasswordChangeRequiredException;
import org.gongpei.service.account.Roles;
import org.gongpei.service.account.ScopedObject;
import org.gongpei.service.analysis.AnalysisNotFoundException;
import org.gongpei.service.calendar.CalendarKind;
import org.gongpei.service.calendar.CalendarNotFoundException;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.plan.PlanNotFoundException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies {@link AccessRules} to every API call: 401 without a login, 403 for a role the rule does not name or
 * before a one-time password is changed, 404 (as for a county or job that does not exist) outside the user's
 * counties; cross-site state changes of a browser session are refused; state changes are written to the audit
 * log with their answer.
 */
public class AccessFilter {

    private static final String RULE = AccessFilter.class.getName() + ".rule";
    private static final String COUNTY = AccessFilter.class.getName() + ".county";
    private static final Map<Method, String> KEYS = new ConcurrentHashMap<>();
    private static final List<String> SAFE_METHODS = List.of("GET", "HEAD", "OPTIONS");

    @Inject
    SecurityIdentity identity;

    @Inject
    CountyScopes scopes;

    @Inject
    Audit audit;

    @Inject
    HttpServerRequest http;

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        String key = key(resource.getResourceMethod());
        AccessRule rule = AccessRules.rule(key);
        if (identity.isAnonymous()) {
            return refuse(401, "Login required", "Log in at / or send Authorization: Bearer <token>", request);
        }
        if (crossSite(request)) {
            return refuse(403, "Cross-site request refused", "A state change with the session cookie must come from"
                    + " this site's own pages (Origin " + request.getHeaderString("Origin") + "); scripts use a"
                    + " token", request);
        }
        if (rule == null) {
            return refuse(403, "Forbidden", "No access rule for " + key, request);
        }
        request.setProperty(RULE, rule);
        if (Identities.mustChangePassword(identity) && !rule.beforePasswordChange()) {
            throw new PasswordChangeRequiredException(identity.getPrincipal().getName());
        }
        if (!identity.hasRole(Roles.ADMIN) && rule.roles().stream().noneMatch(identity::hasRole)) {
            return refuse(403, "Forbidden", "The role " + String.join(", ", identity.getRoles()) + " may not " + key,
                    request);
        }
        checkCounty(rule.object(), request);
        return Optional.empty();
    }

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RULE) instanceof AccessRule rule) || rule.auditAction() == null
                || identity.isAnonymous()) {
            return;
        }
        String county = (String) request.getProperty(COUNTY);
        if (county == null && response.getLocation() != null) {
            county = countyOf(response.getLocation());
        }
        audit.record(identity.getPrincipal().getName(), rule.auditAction(), county,
                request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath(), response.getStatus(),
                http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
    }

    /** {@code "METHOD /path template"} of a resource method, as in {@link AccessRules}. */
    public static String key(Method method) {
        return KEYS.computeIfAbsent(method, m -> httpMethod(m) + " " + path(m));
    }

    private void checkCounty(ScopedObject object, ContainerRequestContext request) {
        if (object == ScopedObject.NONE) {
            return;
        }
        var parameters = request.getUriInfo().getPathParameters();
        if (object == ScopedObject.COUNTY) {
            String code = parameters.getFirst("code");
            request.setProperty(COUNTY, code);
            if (!scopes.visible(identity, code)) {
                throw new CountyNotFoundException(code);
            }
            return;
        }
        long id;
        try {
            id = Long.parseLong(parameters.getFirst("id"));
        } catch (NumberFormatException e) {
            return;
        }
        Optional<String> county = scopes.county(object, id);
        county.ifPresent(code -> request.setProperty(COUNTY, code));
        if (county.isPresent() && !scopes.visible(identity, county.get())) {
            throw switch (object) {
                case PLAN -> new PlanNotFoundException(id);
                case ANALYSIS -> new AnalysisNotFoundException(id);
                case CALENDAR -> new CalendarNotFoundException(CalendarKind.CALENDAR, id);
                case RECORD_IMPORT -> new org.gongpei.service.ledger.RecordImportNotFoundException(id);
                case ROAD_NETWORK -> new org.gongpei.service.job.JobNotFoundException("No road network " + id);
                default -> new CalendarNotFoundException(CalendarKind.TARGET_COST, id);
            };
        }
    }

    /** A state change carried by the session cookie whose Origin (or Referer) is not this site. */
    private static boolean crossSite(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeaderString("Authorization") != null
                || !request.getCookies().containsKey("quarkus-credential")) {
            return false;
        }
        URI base = request.getUriInfo().getBaseUri();
        String own = base.getScheme() + "://" + base.getRawAuthority();
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            String referer = request.getHeaderString("Referer");
            return referer == null || !(referer.equals(own) || referer.startsWith(own + "/"));
        }
        return !origin.equals(own);
    }

    private static Optional<Response> refuse(int status, String title, String detail, ContainerRequestContext request) {
        return Optional.of(ProblemMappers.problem(status, title, detail, request.getUriInfo(), List.of()));
    }

    private static String countyOf(URI location) {
        String path = location.getPath();
        String prefix = "/api/v1/counties/";
        int start = path.indexOf(prefix);
        if (start < 0) {
            return null;
        }
        String rest = path.substring(start + prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return "?";
    }

    private static String path(Method method) {
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String joined = (type == null ? "" : type.value()) + "/" + (own == null ? "" : own.value());
        String clean = joined.replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }
}
