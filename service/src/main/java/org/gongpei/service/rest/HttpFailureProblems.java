package org.gongpei.service.rest;

import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, with an {@code application/problem+json} answer and before any resource runs:
 * <ul>
 * <li>uploads larger than {@code gongpei.upload.max-size} ({@code gongpei.roads.max-upload-size} for road networks),
 * before their body is read (the HTTP layer's own,
 * larger limit {@code quarkus.http.limits.max-body-size} stays as a backstop for uploads of unannounced
 * length);</li>
 * <li>a NUL byte ({@code %00}) anywhere in the path or the query: no code, name or parameter of gongpei
 * contains one, and PostgreSQL refuses it in text.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpFailureProblems {

    @ConfigProperty(name = "gongpei.upload.max-size", defaultValue = "20M")
    MemorySize maxUpload;

    @ConfigProperty(name = "gongpei.roads.max-upload-size", defaultValue = "64M")
    MemorySize maxRoadUpload;

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::refuseOversized);
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::refuseNulBytes);
    }

    private void refuseNulBytes(RoutingContext context) {
        String uri = context.request().uri();
        if (!uri.contains("%00")) {
            context.next();
            return;
        }
        Problem problem = new Problem("about:blank", "Bad request", 400,
                "The request's path or query contains a NUL byte (%00), which no code or parameter may hold",
                context.request().path(), List.of());
        context.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    private void refuseOversized(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        boolean roads = context.request().path().endsWith("/road-networks");
        long limit = roads ? maxRoadUpload.asLongValue() : maxUpload.asLongValue();
        if (bytes <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem("about:blank", "Payload too large", 413,
                "The upload has " + bytes + " bytes; the limit is " + limit + " bytes ("
                        + (roads ? "gongpei.roads.max-upload-size" : "gongpei.upload.max-size") + ")",
                context.request().path(), List.of());
        context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(problem));
    }
}
