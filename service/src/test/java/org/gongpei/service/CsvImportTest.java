package org.gongpei.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** CSV import in the layout of the NBS admin lists plus coordinates. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CsvImportTest {

    private static final String TOWNSHIPS = """
            code,name,areaCode,provinceCode,cityCode,lat,lon
            130425100,"大名镇",130425,13,1304,36.285,115.148
            130425101,"杨桥镇",130425,13,1304,36.33,115.10
            """;
    private static final String VILLAGES = """
            code,name,streetCode,provinceCode,cityCode,areaCode,lat,lon,population,poor,station
            130425100001,"北关社区居民委员会",130425100,13,1304,130425,36.29,115.15,2100,false,true
            130425100002,"一铺社区居民委员会",130425100,13,1304,130425,36.28,115.16,800,0,1
            130425101201,"杨桥村",130425101,13,1304,130425,36.34,115.09,450,是,是
            """;
    private static final String HUBS = """
            code,name,townshipCode,lat,lon,designated,coldStorage,capacityParcelsPerDay
            H101,"杨桥镇共配站",130425101,36.33,115.10,true,true,3000
            """;
    private static final String BOUNDARY = """
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
             [[[115.0,36.2],[115.3,36.2],[115.3,36.45],[115.0,36.45],[115.0,36.2]]]}}""";

    @Test
    void importsTownshipsVillagesHubsAndOutline() {
        form("C001", TOWNSHIPS, VILLAGES).multiPart("hubs", "hubs.csv", bytes(HUBS), "text/csv")
                .multiPart("boundary", "boundary.geojson", bytes(BOUNDARY), "application/geo+json")
                .when().post("/api/v1/counties/csv")
                .then().statusCode(201).body("villages", equalTo(3)).body("hubs", equalTo(1))
                .body("poorVillages", equalTo(1));
        given().when().get("/api/v1/counties/C001").then().statusCode(200)
                .body("villages", hasSize(3))
                .body("villages.find { it.code == '130425101201' }.name", equalTo("杨桥村"))
                .body("boundary[0]", hasSize(5));
    }

    @Test
    void unknownTownshipNamesTheCsvRow() {
        String villages = VILLAGES.replace("130425101201,\"杨桥村\",130425101", "130425101201,\"杨桥村\",130425199");
        form("C002", TOWNSHIPS, villages).when().post("/api/v1/counties/csv")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].location", equalTo("villages.csv row 4"))
                .body("errors[0].field", equalTo("townshipCode"));
        BadImportTest.assertNotStored("C002");
    }

    @Test
    void malformedCsvNamesRowAndField() {
        String villages = VILLAGES.replace("36.28,115.16", "36.28,east");
        form("C003", TOWNSHIPS, villages).when().post("/api/v1/counties/csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].location", equalTo("villages.csv row 3"))
                .body("errors[0].field", equalTo("lon"))
                .body("errors[0].message", containsString("'east' is not a number"));
        BadImportTest.assertNotStored("C003");
    }

    @Test
    void wrongFieldCountAndUnclosedQuote() {
        String villages = VILLAGES.replace(",13,1304,130425,36.29,115.15", ",13,36.29,115.15")
                + "130425101202,\"后杨桥村,130425101,13,1304,130425,36.35,115.11,300,false,false\n";
        form("C004", TOWNSHIPS, villages).when().post("/api/v1/counties/csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.message", hasItem("a quoted field is not closed"))
                .body("errors.message", hasItem("9 fields where the header has 11"))
                .body("errors.location", hasItem("villages.csv row 2"));
        BadImportTest.assertNotStored("C004");
    }

    @Test
    void missingCoordinatesColumnAndMissingFile() {
        String villages = "code,name,streetCode\n130425100001,北关,130425100\n";
        form("C005", TOWNSHIPS, villages).when().post("/api/v1/counties/csv")
                .then().statusCode(400)
                .body("errors.field", hasItem("lat"))
                .body("errors.message", hasItem(containsString("no column 'lat'")));
        given().multiPart("code", "C006").multiPart("name", "县").multiPart("province", "河北省")
                .multiPart("provincialCapital", "石家庄市").multiPart("centreName", "中心")
                .multiPart("centreLat", "36.285").multiPart("centreLon", "115.148")
                .multiPart("townships", "townships.csv", bytes(TOWNSHIPS), "text/csv")
                .when().post("/api/v1/counties/csv")
                .then().statusCode(400).body("errors.field", hasItem("villages"));
        BadImportTest.assertNotStored("C005");
        BadImportTest.assertNotStored("C006");
    }

    private static RequestSpecification form(String code, String townships, String villages) {
        return given().multiPart("code", code).multiPart("name", "测试县").multiPart("province", "河北省")
                .multiPart("provincialCapital", "石家庄市").multiPart("centreName", "测试共配中心")
                .multiPart("centreLat", "36.285").multiPart("centreLon", "115.148")
                .multiPart("townships", "townships.csv", bytes(townships), "text/csv")
                .multiPart("villages", "villages.csv", bytes(villages), "text/csv");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
