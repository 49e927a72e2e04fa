package id.go.bnn.pasarbersinar.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.go.bnn.pasarbersinar.identity.SecurityEvent;
import id.go.bnn.pasarbersinar.identity.ui.LoginView;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach what. Views carry their own access annotation; services check again (the view is not the
 * boundary). Pictures, stylesheets and the shop's public files are open to everyone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityEvents events, AccountStore accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/gambar/**", "/images/**", "/styles/**", "/favicon.ico", "/robots.txt", "/sitemap.xml")
                .permitAll());
        // The booth page (exhibition module): signing in first brings the seller back to it (the saved request); its
        // JSON API answers 401 itself, so the page can keep its offline queue and say why.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/kasir").authenticated());
        // Load balancers ask the probes without signing in (they answer only UP or DOWN); metrics and anything else
        // of the actuator are for staff administrators.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                .requestMatchers("/actuator", "/actuator/**").hasRole(Caller.Role.ADMIN.name()));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin())
                // HSTS is written on HTTPS requests only (behind a proxy: X-Forwarded-Proto with server.forward-headers-strategy).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                // The content security policy carries a nonce per request: shell.internal.ContentSecurityPolicy writes it.
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")));
        // Password changes end, and role or membership changes downgrade, signed-in sessions on their next request.
        http.addFilterAfter(new SessionRefresh(accounts, events), SecurityContextHolderFilter.class);
        // Login CSRF: the sign-in form's POST must come from the shop's own pages.
        http.addFilterBefore(new SignInOrigin("/masuk"), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // The payment providers' webhooks are authenticated by their signatures, not by a session: Stripe's and Midtrans's
        // (checked in the payment module), Midtrans Iris's payout notifications (signed with the merchant key, checked in payout).
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhook/stripe", "/webhook/midtrans", "/webhook/iris"));
        // A new session id on sign-in (fixation); Spring Security's default, stated because it matters here.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Views are guarded by their access annotations (Vaadin's navigation access control); letting every other
        // request through here means an unknown address is a real 404 page instead of a redirect to the login.
        // HTTP endpoints that need a signed-in user declare their own rule above and check again in their service.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
                        events.record(SecurityEvent.Type.SIGN_OUT, caller.accountId(), caller.email(), request.getRemoteAddr(), null);
                    }
                })
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    /** Argon2id for new hashes; the delegating encoder still reads (and upgrades) older formats such as bcrypt. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }
}
