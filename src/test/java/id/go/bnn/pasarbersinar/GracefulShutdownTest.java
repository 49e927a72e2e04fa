package id.go.bnn.pasarbersinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shop's own application.properties make a stopping node finish the requests in flight: a node of just Tomcat (as
 * the shop configures it) and one slow servlet is closed while a request is being answered; the request still gets its
 * whole answer, and new connections are refused meanwhile. Without {@code server.shutdown=graceful} the request is cut.
 */
class GracefulShutdownTest {

    static final CountDownLatch ARRIVED = new CountDownLatch(1);

    @Test
    void a_request_in_flight_completes_while_the_node_shuts_down() throws Exception {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(SlowNode.class).web(WebApplicationType.SERVLET)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        // DemoSwitch wants a database named; this node has none.
                        "spring.datasource.url=jdbc:h2:mem:graceful-shutdown")
                .run();
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/langsam")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ARRIVED.await(20, TimeUnit.SECONDS)).as("the slow request reached the servlet").isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(node::close);
        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("selesai");
        closing.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/langsam"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOfAny(ConnectException.class, IOException.class);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, LifecycleAutoConfiguration.class,
            TomcatServletWebServerAutoConfiguration.class})
    static class SlowNode {

        @Bean
        ServletRegistrationBean<HttpServlet> slow() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    ARRIVED.countDown();
                    try {
                        Thread.sleep(3_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    response.setContentType("text/plain");
                    response.getWriter().write("selesai");
                }
            }, "/langsam");
        }
    }
}
