package org.gongpei.service.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the page and its own scripts and style sheet so that an upgrade reaches every browser.
 * <ul>
 * <li>{@code /} and {@code /index.html} are always revalidated ({@code Cache-Control: no-cache} with an ETag), and
 * the page names each of its scripts and its style sheet with the hash of its content
 * ({@code /app.js?v=3f9c0a1b2d4e}).</li>
 * <li>An asset asked for with its current hash may be kept for a year as immutable: a new build changes the hash,
 * so the page asks for a new URL.</li>
 * <li>The same asset asked for without its hash (or with an old one) is answered with {@code no-cache} and its
 * ETag, so a browser revalidates it each time and gets a 304 while it has not changed.</li>
 * </ul>
 * The scripts are classic scripts that load no other script, so versioning the references of the page is enough.
 * The libraries under {@code /webjars/} carry their version in their path and keep Quarkus' static caching
 * ({@code quarkus.http.static-resources.max-age}); any other static file is answered with {@code no-cache}.
 */
@ApplicationScoped
public class UiAssets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final String ROOT = "META-INF/resources";
    /** A script or style sheet of the page itself, e.g. {@code src="/app.js"}; libraries under /webjars/ are not. */
    private static final Pattern REFERENCE = Pattern.compile("(src|href)=\"/([A-Za-z0-9_.-]+\\.(?:js|css))\"");

    private record Asset(Buffer body, String contentType, String hash) {
        String etag() {
            return "\"" + hash + "\"";
        }
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private Asset page;

    void register(@Observes Router router) {
        load();
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
    }

    private synchronized void load() {
        if (page != null) {
            return;
        }
        String html = new String(read("/index.html"), StandardCharsets.UTF_8);
        Matcher matcher = REFERENCE.matcher(html);
        StringBuilder versioned = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2);
            byte[] body = read("/" + name);
            Asset asset = new Asset(Buffer.buffer(body),
                    (name.endsWith(".css") ? "text/css" : "text/javascript") + ";charset=UTF-8", hash(body));
            assets.put("/" + name, asset);
            matcher.appendReplacement(versioned,
                    Matcher.quoteReplacement(matcher.group(1) + "=\"/" + name + "?v=" + asset.hash() + "\""));
        }
        matcher.appendTail(versioned);
        byte[] body = versioned.toString().getBytes(StandardCharsets.UTF_8);
        page = new Asset(Buffer.buffer(body), "text/html;charset=UTF-8", hash(body));
    }

    /** The URL under which the page names the asset, e.g. {@code /app.js?v=3f9c0a1b2d4e}. */
    public String versionedUrl(String path) {
        Asset asset = assets.get(path);
        if (asset == null) {
            throw new IllegalArgumentException("The page names no asset " + path);
        }
        return path + "?v=" + asset.hash();
    }

    private void serve(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        if (path.equals("/") || path.equals("/index.html")) {
            answer(context, page, REVALIDATE);
            return;
        }
        Asset asset = assets.get(path);
        if (asset != null) {
            answer(context, asset, asset.hash().equals(context.request().getParam("v")) ? IMMUTABLE : REVALIDATE);
            return;
        }
        if (!path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/webjars/")) {
            // Any other static file has no version in its URL: never let it be kept as immutable.
            context.addHeadersEndHandler(v -> {
                String cacheControl = context.response().headers().get("Cache-Control");
                if (cacheControl != null && cacheControl.contains("immutable")) {
                    context.response().headers().set("Cache-Control", REVALIDATE);
                }
            });
        }
        context.next();
    }

    private static void answer(RoutingContext context, Asset asset, String cacheControl) {
        var response = context.response();
        response.putHeader("Cache-Control", cacheControl).putHeader("ETag", asset.etag());
        String ifNoneMatch = context.request().getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(asset.etag()) || ifNoneMatch.trim().equals("*"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", asset.contentType());
        if (context.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(asset.body().length())).end();
        } else {
            response.end(asset.body());
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("The page's file " + path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 12 hex digits of the content's SHA-256: enough to tell two builds of a file apart. */
    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
