package org.gongpei.benchmarks.ledger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code service/target/quarkus-app/quarkus-run.jar}, run from the repository root) as a
 * process of its own in a fresh working directory, with a GC log from which the peak heap is read; its peak
 * resident memory is read from {@code /proc} before it stops.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final Path gcLog;
    private String token;

    private ServiceProcess(Process process, Path gcLog) {
        this.process = process;
        this.gcLog = gcLog;
    }

    /** @return the personal API token made at the first login ({@code Authorization: Bearer ...}) */
    String token() {
        return token;
    }

    static ServiceProcess start(Path dir, int port, String jvmOptions) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path jar = Path.of("service/target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -B -o -q package -DskipTests -pl service -am");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        command.add("-Xlog:gc:file=" + dir.resolve("gc.log"));
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("service.log").toFile()).redirectErrorStream(true).start();
        ServiceProcess service = new ServiceProcess(process, dir.resolve("gc.log"));
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String base = "http://localhost:" + port;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + dir.resolve("service.log"));
            }
            try {
                if (service.token == null && Files.isRegularFile(dir.resolve("data/initial-admin-password"))
                        && get(client, base + "/q/health/ready", null).statusCode() == 200) {
                    service.token = firstLogin(client, base, dir);
                }
                if (service.token != null) {
                    HttpResponse<String> answer = get(client, base + "/api/v1/counties", service.token);
                    if (answer.statusCode() == 200 && answer.body().contains("130425")) {
                        return service;
                    }
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        service.close();
        throw new IllegalStateException("The service did not start within 5 minutes");
    }

    /** As a user does on a first start: the one-time password, a login, a new password, a personal token. */
    private static String firstLogin(HttpClient client, String base, Path dir) throws IOException,
            InterruptedException {
        String once = Files.readString(dir.resolve("data/initial-admin-password")).trim();
        String password = "bench-" + java.util.UUID.randomUUID();
        send(client, HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                        + java.net.URLEncoder.encode(once, java.nio.charset.StandardCharsets.UTF_8))), "login");
        send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/me/password")).header("Origin", base)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\":\"" + once + "\",\"newPassword\":\"" + password + "\"}")), "password");
        String body = send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens")).header("Origin", base)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}")), "token");
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("No token in " + body);
        }
        return token.group(1);
    }

    private static HttpResponse<String> get(HttpClient client, String url, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String send(HttpClient client, HttpRequest.Builder request, String what) throws IOException,
            InterruptedException {
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 400) {
            throw new IllegalStateException("First login (" + what + ") answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    /** @return the JVM's peak resident set (VmHWM), bytes */
    long peakRssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    /** @return the largest heap in use before a collection in the GC log, bytes */
    long peakHeapBytes() throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = HEAP.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak << 20;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
