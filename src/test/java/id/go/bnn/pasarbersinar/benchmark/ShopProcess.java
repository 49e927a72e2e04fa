package id.go.bnn.pasarbersinar.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged shop, started as a newcomer starts it in its folder: {@code PASAR_DEMO=true java -jar app.jar}, or a start
 * command such as the README's first one ({@code config/demo.sh}, which gets the JVM options as {@code JAVA_OPTS}).
 */
final class ShopProcess {

    private final Path dir;
    private final List<String> launch;
    private final int port;
    private final String javaOptions;
    private Process process;
    private Path log;

    private ShopProcess(Path dir, List<String> launch, int port, String javaOptions) {
        this.dir = dir;
        this.launch = launch;
        this.port = port;
        this.javaOptions = javaOptions;
    }

    /** {@code java <javaOptions> -jar <jar>} in {@code dir}. */
    static ShopProcess jar(Path dir, String jar, int port, String javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : javaOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar));
        return new ShopProcess(dir, command, port, javaOptions);
    }

    /** A start command (an executable and its arguments, split at spaces) run in {@code dir}, the JVM options as JAVA_OPTS. */
    static ShopProcess command(Path dir, String command, int port, String javaOptions) {
        return new ShopProcess(dir, List.of(command.trim().split("\\s+")), port, javaOptions);
    }

    /**
     * How long one start took until the home page showed demo products, the CPU time the shop's process had used by then
     * (less disturbed than the wall time when other work shares the machine) and Spring's own start-up line.
     */
    record Start(double seconds, double cpuSeconds, String started) {
    }

    Start start(String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        log = dir.resolve("start-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PASAR_DEMO", "true");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("DB_URL");
        builder.environment().put("JAVA_OPTS", javaOptions);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        HttpClient client = Load.client();
        long started = System.nanoTime();
        process = builder.start();
        String url = "http://127.0.0.1:" + port + "/";
        while (!StorefrontBenchmark.showsProducts(client, url)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The shop stopped during its " + name + " start; see " + log);
            }
            if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(Integer.getInteger("benchmark.start-timeout", 900))) {
                stop();
                throw new IllegalStateException("No products on the home page in time (benchmark.start-timeout); see " + log);
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = process.toHandle().info().totalCpuDuration().map(duration -> duration.toMillis() / 1e3).orElse(Double.NaN);
        String line = logLine("Started PasarBersinarApplication in");
        String spring = line.isEmpty() ? "?" : line.replaceAll(".*Started PasarBersinarApplication in ", "").replace("seconds", "s");
        return new Start(seconds, cpu, spring);
    }

    void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (logLine(text).isEmpty()) {
            if (System.nanoTime() > until || !process.isAlive()) {
                throw new IllegalStateException("\"" + text + "\" not in " + log);
            }
            Thread.sleep(200);
        }
    }

    String logLine(String text) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text))
                .map(line -> line.replaceAll("^.* : ", "")).findFirst().orElse("");
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
