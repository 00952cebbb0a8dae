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
 * <li>uploads larger than {@code gongpei.upload.max-size}, before their body is read; record files
 * ({@code POST /api/v1/counties/{code}/records}, a year may be gigabytes) have their own limit,
 * {@code gongpei.records.max-upload-size}, and road networks {@code gongpei.roads.max-upload-size} (the HTTP
 * layer's own limit {@code quarkus.http.limits.max-body-size} stays as a backstop for uploads of unannounced
 * length);</li>
 * <li>a NUL byte ({@code %00}) anywhere in the path or the query: no code, name or parameter of gongpei
 * contains one, and PostgreSQL refuses it in text.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final java.util.regex.Pattern RECORDS = java.util.regex.Pattern.compile(
            "/api/v1/counties/[^/]+/records/?");

    @ConfigProperty(name = "gongpei.upload.max-size", defaultValue = "20M")
    MemorySize maxUpload;

    @ConfigProperty(name = "gongpei.records.max-upload-size", defaultValue = "4G")
    MemorySize maxRecordUpload;

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
        Problem problem = new Problem("about:blank", "Bad request", 400, "NUL_BYTE",
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
        String path = context.request().path();
        boolean records = RECORDS.matcher(path).matches();
        boolean roads = path.endsWith("/road-networks");
        long limit = records ? maxRecordUpload.asLongValue()
                : roads ? maxRoadUpload.asLongValue() : maxUpload.asLongValue();
        String setting = records ? "gongpei.records.max-upload-size"
                : roads ? "gongpei.roads.max-upload-size" : "gongpei.upload.max-size";
        if (bytes <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem("about:blank", "Payload too large", 413, "PAYLOAD_TOO_LARGE",
                "The upload has " + bytes + " bytes; the limit is " + limit + " bytes ("
                        + setting + ")",
                context.request().path(), List.of());
        context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(problem));
    }
}
