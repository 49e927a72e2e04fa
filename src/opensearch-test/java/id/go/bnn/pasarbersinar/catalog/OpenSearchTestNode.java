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

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            home = Files.createTempDirectory("pasar-opensearch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runner = new OpenSearchRunner();
        runner.onBuild((index, settings) -> {
            settings.put("discovery.type", "single-node");
        });
        // Away from 9200 and from the ports other test runs on this machine may have taken.
        int basePort = 19200 + ThreadLocalRandom.current().nextInt(700);
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
