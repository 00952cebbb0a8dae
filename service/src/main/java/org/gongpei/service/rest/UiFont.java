package org.gongpei.service.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the page's Chinese font ({@code /fonts/cjk.ttf}) to browsers on machines without one: a TrueType file read
 * from the server's machine ({@code gongpei.ui.cjk-font}, Debian's fonts-droid-fallback by default, which
 * {@code scripts/run} and {@code .ci/run} install), named by the page's style sheet for Chinese characters only. It
 * is revalidated by its ETag (size and time of the file), as its URL has no version. Without the file the answer is
 * 404 and browsers use their own fonts.
 */
@ApplicationScoped
public class UiFont {

    static final String PATH = "/fonts/cjk.ttf";

    @ConfigProperty(name = "gongpei.ui.cjk-font", defaultValue = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    Path font;

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, PATH).handler(this::serve);
        router.route(HttpMethod.HEAD, PATH).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        var response = context.response();
        BasicFileAttributes file;
        try {
            file = Files.readAttributes(font, BasicFileAttributes.class);
        } catch (IOException e) {
            response.setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"code\":\"FONT_MISSING\","
                            + "\"detail\":\"The server has no page font\"}");
            return;
        }
        String etag = "\"" + Long.toHexString(file.size()) + "-" + Long.toHexString(file.lastModifiedTime().toMillis()) + "\"";
        response.putHeader("Cache-Control", UiAssets.REVALIDATE).putHeader("ETag", etag);
        String ifNoneMatch = context.request().getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", "font/ttf");
        if (context.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Long.toString(file.size())).end();
        } else {
            response.sendFile(font.toString());
        }
    }
}
