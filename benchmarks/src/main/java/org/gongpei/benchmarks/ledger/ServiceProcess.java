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

    private ServiceProcess(Process process, Path gcLog) {
        this.process = process;
        this.gcLog = gcLog;
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
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + dir.resolve("service.log"));
            }
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/counties")).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("130425")) {
                    return service;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        service.close();
        throw new IllegalStateException("The service did not start within 5 minutes");
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
