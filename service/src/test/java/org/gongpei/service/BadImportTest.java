package org.gongpei.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.Test;

/** Every bad import is refused with a problem+json naming the record and field, and stores nothing. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class BadImportTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    int port;

    @org.junit.jupiter.api.BeforeEach
    void port() {
        port = root.getPort();
    }

    @Test
    void unknownTownshipCode() {
        CountyNetworkData county = withVillage("B001", 2,
                v -> new VillageData(v.code(), v.name(), "130425999", v.lat(), v.lon(), v.population(), v.poor(),
                        v.station()));
        refused(county, 422)
                .body("errors.location", hasItem("villages[2]"))
                .body("errors.field", hasItem("townshipCode"))
                .body("errors.message", hasItem("unknown township code 130425999"));
        assertNotStored("B001");
    }

    @Test
    void duplicateVillageCode() {
        CountyNetworkData county = withVillage("B002", 3,
                v -> new VillageData("130425100001", v.name(), v.townshipCode(), v.lat(), v.lon(), v.population(),
                        v.poor(), v.station()));
        refused(county, 422)
                .body("errors.location", hasItem("villages[3]"))
                .body("errors.message", hasItem("duplicate village code 130425100001"));
        assertNotStored("B002");
    }

    @Test
    void coordinatesOutsideTheCountysBoundingBox() {
        CountyNetworkData county = withVillage("B003", 1,
                v -> new VillageData(v.code(), v.name(), v.townshipCode(), 39.9, 116.4, v.population(), v.poor(),
                        v.station()));
        refused(county, 422)
                .body("errors.location", hasItem("villages[1]"))
                .body("errors[0].message", containsString("outside the county"));
        assertNotStored("B003");
    }

    @Test
    void negativePopulation() {
        CountyNetworkData county = withVillage("B004", 0,
                v -> new VillageData(v.code(), v.name(), v.townshipCode(), v.lat(), v.lon(), -5, v.poor(),
                        v.station()));
        refused(county, 422)
                .body("errors.field", hasItem("population"))
                .body("errors[0].message", containsString("negative population -5"));
        assertNotStored("B004");
    }

    @Test
    void missingCoordinatesInJson() {
        String body = """
                {"code":"B005","name":"缺坐标县","province":"河北省","provincialCapital":"石家庄市",
                 "centre":{"name":"中心","lat":36.285,"lon":115.148},
                 "townships":[{"code":"130425100","name":"大名镇"}],
                 "villages":[{"code":"130425100001","name":"北关","townshipCode":"130425100","lat":36.29,
                              "population":10,"poor":false,"station":true}]}""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/counties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].location", equalTo("villages[0].lon"));
        assertNotStored("B005");
    }

    @Test
    void malformedJson() {
        given().contentType(ContentType.JSON).body("{\"code\": \"B006\", \"villages\": [")
                .when().post("/api/v1/counties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        assertNotStored("B006");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<VillageData> villages = new ArrayList<>(TestCounties.villages());
        villages.set(0, new VillageData("", "无码村", "130425100", 36.29, 115.15, 10, false, false));
        villages.set(1, new VillageData("130425100002", "远村", "130425777", 10.0, 115.15, 10, false, false));
        refused(TestCounties.withVillages("B007", villages), 422)
                .body("errors.size()", equalTo(3))
                .body("detail", containsString("3 problem(s)"));
        assertNotStored("B007");
    }

    @Test
    void oversizedUploadIsRefusedBeforeItIsSent() throws Exception {
        long announced = 21L * 1024 * 1024;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/counties HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + announced + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readResponse(socket.getInputStream());
            org.assertj.core.api.Assertions.assertThat(answer)
                    .startsWith("HTTP/1.1 413")
                    .contains("application/problem+json")
                    .contains("\"status\":413")
                    .contains("the limit is 20971520 bytes");
        }
    }

    /** Reads one HTTP response (head and a Content-Length body) without waiting for the connection to close. */
    private static String readResponse(java.io.InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aNulByteInANameIsRefusedNamingTheField() {
        CountyNetworkData county = withVillage("B010", 1,
                v -> new VillageData(v.code(), "北\u0000关", v.townshipCode(), v.lat(), v.lon(), v.population(),
                        v.poor(), v.station()));
        refused(county, 422)
                .body("errors.location", hasItem("villages[1]"))
                .body("errors.field", hasItem("name"))
                .body("errors[0].message", containsString("control character"));
        assertNotStored("B010");
    }

    @Test
    void aNulByteInThePathOrQueryIsABadRequest() {
        given().urlEncodingEnabled(false).when().get("/api/v1/counties/a%00/summary")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("NUL byte"));
        given().urlEncodingEnabled(false).when().get("/api/v1/counties/130425/road-check?profile=van%00")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse refused(CountyNetworkData county, int status) {
        return given().contentType(ContentType.JSON).body(county)
                .when().post("/api/v1/counties")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
    }

    private static CountyNetworkData withVillage(String code, int index,
            java.util.function.UnaryOperator<VillageData> change) {
        List<VillageData> villages = new ArrayList<>(TestCounties.villages());
        villages.set(index, change.apply(villages.get(index)));
        return TestCounties.withVillages(code, villages);
    }

    static void assertNotStored(String code) {
        given().when().get("/api/v1/counties/" + code).then().statusCode(404);
    }
}
