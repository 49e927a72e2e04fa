package id.go.bnn.pasarbersinar.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One OpenSearch node inside the test JVM for the whole run of {@code -Popensearch}, in a temporary folder, started
 * before the first Spring context so that every context (they are cached and shared by the test classes) finds
 * {@code pasar.search.url} set and runs the Elasticsearch backend against it. Registered as a JUnit launcher session
 * listener by this profile's own test resources.
 */
public class OpenSearchTestNode implements LauncherSessionListener {

    private OpenSearchRunner runner;
    private Path home;

    /**
     * The same node as a test-only launcher for a multi-node stage: {@code args[0]} the first HTTP port to try; prints
     * {@code PASAR_SEARCH_URL=...} once the node is up and runs until the process is stopped.
     */
    public static void main(String[] args) throws InterruptedException {
        OpenSearchTestNode node = new OpenSearchTestNode();
        node.start(args.length > 0 ? Integer.parseInt(args[0]) : 19200);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> node.launcherSessionClosed(null)));
        System.out.println("PASAR_SEARCH_URL=" + System.getProperty("pasar.search.url"));
        Thread.currentThread().join();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Away from 9200 and from the ports other test runs on this machine may have taken.
        start(19200 + ThreadLocalRandom.current().nextInt(700));
    }

    private void start(int basePort) {
        try {
            home = Files.createTempDirectory("pasar-opensearch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner = new OpenSearchRunner();
        runner.onBuild((index, settings) -> {
            settings.put("discovery.type", "single-node");
        });
        runner.setMaxHttpPort(basePort + 100);
        runner.build(OpenSearchRunner.newConfigs().basePath(home.toString()).numOfNode(1).baseHttpPort(basePort)
                .clusterName("pasar-test-" + basePort).disableESLogger());
        runner.ensureYellow();
        String port = runner.node().settings().get("http.port");
        System.setProperty("pasar.search.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (runner != null) {
                runner.close();
                runner.clean();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
