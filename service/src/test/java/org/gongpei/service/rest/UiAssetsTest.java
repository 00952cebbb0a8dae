package org.gongpei.service.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The page is always revalidated, names its assets by content hash, and only those URLs are kept as immutable. */
@QuarkusTest
class UiAssetsTest {

    @Inject
    UiAssets assets;

    @Test
    void thePageIsAlwaysRevalidatedAndNamesItsAssetsWithTheirHash() {
        for (String path : new String[] {"/", "/index.html"}) {
            Response response = given().get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
            assertThat(response.header("ETag")).isNotBlank();
            assertThat(response.contentType()).startsWith("text/html");
            assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'");
            String html = response.asString();
            assertThat(html).contains("src=\"" + assets.versionedUrl("/app.js") + "\"")
                    .contains("src=\"" + assets.versionedUrl("/i18n.js") + "\"")
                    .contains("href=\"" + assets.versionedUrl("/app.css") + "\"")
                    .doesNotContain("src=\"/app.js\"").doesNotContain("href=\"/app.css\"");
            // The library keeps its versioned webjar path.
            assertThat(html).contains("src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"");
        }
        String etag = given().get("/").header("ETag");
        given().header("If-None-Match", etag).get("/").then().statusCode(304).header("Cache-Control", "no-cache");
    }

    @Test
    void aVersionedAssetMayBeKeptForAYear() {
        Response response = given().get(assets.versionedUrl("/app.js"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(response.contentType()).startsWith("text/javascript");
        assertThat(response.asString()).contains("function");
    }

    @Test
    void anUnversionedOrOutdatedAssetIsRevalidated() {
        for (String path : new String[] {"/app.js", "/app.js?v=000000000000", "/app.css"}) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(path).isEqualTo("no-cache");
            String etag = response.header("ETag");
            assertThat(etag).as(path).isNotBlank();
            given().header("If-None-Match", etag).get(path).then().statusCode(304);
        }
    }

    @Test
    void aVersionedLibraryPathKeepsStaticCaching() {
        Response response = given().get("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void thePageFontIsSentToAnyBrowserAndRevalidated() {
        Response response = given().get("/fonts/cjk.ttf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("font/ttf");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        byte[] font = response.asByteArray();
        assertThat(font).hasSizeGreaterThan(1_000_000).startsWith(0, 1, 0, 0); // a TrueType font with CJK glyphs
        given().header("If-None-Match", response.header("ETag")).get("/fonts/cjk.ttf").then().statusCode(304);
        assertThat(given().get(assets.versionedUrl("/app.css")).asString())
                .contains("font-family: \"GongpeiCJK\"; src: url(\"/fonts/cjk.ttf\")");
    }
}
