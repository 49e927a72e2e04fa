package id.go.bnn.pasarbersinar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import id.go.bnn.pasarbersinar.identity.internal.Totp;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The actuator through the real filter chain: probes open with a bare status, metrics for administrators only. */
@SpringBootTest
class ActuatorAccessTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationContext events;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountAuthenticationProvider provider;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    Totp totp;
    @Autowired
    Clock clock;

    MockMvc http;

    @BeforeEach
    void filter_chain() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void liveness_and_readiness_answer_anyone_with_only_a_status() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            MvcResult result = http.perform(get(probe)).andReturn();
            assertThat(result.getResponse().getStatus()).as(probe).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(probe).isEqualToIgnoringWhitespace("{\"status\":\"UP\"}");
        }
    }

    @Test
    void readiness_is_down_while_the_node_refuses_traffic() throws Exception {
        try {
            AvailabilityChangeEvent.publish(events, ReadinessState.REFUSING_TRAFFIC);
            MvcResult refusing = http.perform(get("/actuator/health/readiness")).andReturn();
            assertThat(refusing.getResponse().getStatus()).isEqualTo(503);
            assertThat(refusing.getResponse().getContentAsString()).contains("OUT_OF_SERVICE");
            assertThat(http.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(events, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(http.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void metrics_and_the_rest_of_the_actuator_are_refused_to_visitors_and_buyers() throws Exception {
        MockHttpSession buyer = signedIn(Set.of(Caller.Role.BUYER));
        MockHttpSession curator = signedIn(Set.of(Caller.Role.CURATOR));
        for (String address : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator", "/actuator/env", "/actuator/beans"}) {
            assertRefused(http.perform(get(address)).andReturn(), address + " anonymous");
            assertRefused(http.perform(get(address).session(buyer)).andReturn(), address + " buyer");
            assertRefused(http.perform(get(address).session(curator)).andReturn(), address + " curator");
        }
    }

    @Test
    void an_administrator_gets_prometheus_text_and_still_nothing_but_health_and_metrics() throws Exception {
        MockHttpSession admin = signedIn(Set.of(Caller.Role.ADMIN));
        MvcResult metrics = http.perform(get("/actuator/prometheus").session(admin)).andReturn();
        assertThat(metrics.getResponse().getStatus()).isEqualTo(200);
        assertThat(metrics.getResponse().getContentType()).startsWith("text/plain");
        assertThat(metrics.getResponse().getContentAsString()).contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("hikaricp_connections");
        // Closed endpoints do not exist even for an administrator: the actuator lists only health and metrics.
        MvcResult index = http.perform(get("/actuator").session(admin)).andReturn();
        assertThat(index.getResponse().getStatus()).isEqualTo(200);
        assertThat(index.getResponse().getContentAsString()).contains("/actuator/prometheus").contains("/actuator/health")
                .doesNotContain("/actuator/env").doesNotContain("/actuator/beans").doesNotContain("/actuator/metrics\"")
                .doesNotContain("/actuator/shutdown").doesNotContain("/actuator/heapdump");
        MvcResult health = http.perform(get("/actuator/health").session(admin)).andReturn();
        assertThat(health.getResponse().getContentAsString()).doesNotContain("components").doesNotContain("details");
    }

    /** Signed in for real; staff with their second factor, without which they have no staff role. */
    private MockHttpSession signedIn(Set<Caller.Role> roles) {
        String email = SignInSupport.freshEmail("aktuator");
        boolean staff = roles.contains(Caller.Role.ADMIN) || roles.contains(Caller.Role.CURATOR);
        String secret = staff ? totp.newSecret() : null;
        SignInSupport.provision(accounts, email, roles, roles.contains(Caller.Role.CURATOR) ? Set.of("94") : Set.of(), Set.of(), secret);
        Authentication authentication;
        if (staff) {
            SignInRefused.SecondFactorRequired pending = catchThrowableOfType(SignInRefused.SecondFactorRequired.class,
                    () -> SignInSupport.signIn(provider, email, SignInSupport.PASSWORD, SignInSupport.freshAddress()));
            authentication = twoFactor.completeSignIn(pending, totp.code(secret, clock.instant()), SignInSupport.freshAddress());
        } else {
            authentication = SignInSupport.signIn(provider, email, SignInSupport.PASSWORD, SignInSupport.freshAddress());
        }
        assertThat(((Caller) authentication.getPrincipal()).roles()).containsAll(roles);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(authentication));
        return session;
    }

    private static void assertRefused(MvcResult result, String what) throws Exception {
        int status = result.getResponse().getStatus();
        assertThat(status).as(what).isIn(302, 401, 403);
        assertThat(result.getResponse().getContentAsString()).as(what).doesNotContain("jvm_").doesNotContain("\"status\"");
    }
}
