package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.service.TestCounties;
import org.gongpei.service.job.JobRecovery;
import org.junit.jupiter.api.Test;

/**
 * Record imports as jobs: progress while they run, the file kept on disk only until the job ends, events, the
 * upload limit of record files, and an import whose service died ending interrupted with nothing stored.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RecordImportJobTest {

    private static final String HEADER = "waybill,carrier,villageCode,receivedAtCentre,leftCentre,arrivedAtHub,"
            + "arrivedAtStation,signedAt,vehicle\n";

    @Inject
    DataSource dataSource;

    @Inject
    JobRecovery recovery;

    @ConfigProperty(name = "gongpei.records.upload-dir")
    Path uploadDir;

    @Test
    void anImportReportsItsRowsAndBytesAndLeavesNoFileBehind() throws IOException {
        county("L040");
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            file.append("P").append(i).append(",顺丰,130425100001,2025-06-16T06:00,2025-06-16T08:00,,")
                    .append("2025-06-16T11:00,,冀D1\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        var response = given().multiPart("file", "june.csv", bytes, "text/csv").when()
                .post("/api/v1/counties/L040/records");
        JsonPath queued = response.jsonPath();
        assertThat(queued.getString("status")).isIn("QUEUED", "SOLVING", "DONE");
        assertThat(queued.getLong("uploadBytes")).isEqualTo(bytes.length);
        JsonPath done = RecordUploads.ended(response);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getLong("rowsRead")).isEqualTo(5_000);
        assertThat(done.getLong("bytesRead")).isEqualTo(bytes.length);
        assertThat(done.getDouble("fractionDone")).isEqualTo(1.0);
        assertThat(done.getLong("batch.rows")).isEqualTo(5_000);
        assertThat(done.getInt("batch.seq")).isEqualTo(1);
        given().when().get("/api/v1/counties/L040/records/batches").then().body("$", hasSize(1));
        try (var files = Files.list(uploadDir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".csv")).toList()).isEmpty();
        }
        // the events of an ended import: its final status, then the end of the stream
        String events = given().accept("text/event-stream").when()
                .get("/api/v1/record-imports/" + done.getLong("id") + "/events").then().statusCode(200)
                .extract().asString();
        assertThat(events).contains("\"status\":\"DONE\"");
    }

    @Test
    void recordFilesHaveTheirOwnUploadLimit() throws IOException {
        county("L041");
        // larger than gongpei.upload.max-size (20M), so only the record limit lets it in; its header is refused
        byte[] large = new byte[25 << 20];
        Arrays.fill(large, (byte) 'x');
        byte[] header = "waybill,village\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, large, 0, header.length);
        given().multiPart("file", "large.csv", large, "text/csv").when().post("/api/v1/counties/L041/records")
                .then().statusCode(422).contentType("application/problem+json");

        long beyond = (4L << 30) + 1;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/counties/L041/records HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + beyond + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(in.readLine()).contains(" 413");
            socket.setSoTimeout(10_000);
            StringBuilder answer = new StringBuilder();
            // up to the end of the problem document (no newline after it); the server may keep the socket open
            for (int c = in.read(); c >= 0; c = in.read()) {
                answer.append((char) c);
                if (c == '}') {
                    break;
                }
            }
            assertThat(answer).contains("application/problem+json").contains("gongpei.records.max-upload-size");
        }
        given().when().get("/api/v1/counties/L041/records/batches").then().body("$", hasSize(0));
    }

    @Test
    void anImportWhoseServiceDiedEndsInterruptedWithNothingStored() throws SQLException, IOException {
        county("L042");
        Files.createDirectories(uploadDir);
        Path file = Files.writeString(uploadDir.resolve("left-behind.csv"), HEADER);
        long id;
        // what a service killed while importing leaves: a running job without a live execution, no batch
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into record_import_job (county_code,"
                        + " status, started_at, phase, file_name, batch_kind, accept_valid, upload_path,"
                        + " upload_bytes, rows_read) values ('L042', 'SOLVING', now(), 'reading', 'year.csv',"
                        + " 'IMPORT', false, ?, 100, 40) returning id")) {
            insert.setString(1, file.toAbsolutePath().toString());
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                id = result.getLong(1);
            }
        }
        assertThat(recovery.recover()).isGreaterThanOrEqualTo(1);
        given().when().get("/api/v1/record-imports/" + id).then().statusCode(200)
                .body("status", equalTo("INTERRUPTED")).body("batch", equalTo(null));
        given().when().get("/api/v1/counties/L042/records/batches").then().body("$", hasSize(0));
        Files.deleteIfExists(file);
    }

    private static void county(String code) {
        given().contentType(ContentType.JSON).body(TestCounties.small(code)).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
    }
}
