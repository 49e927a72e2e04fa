package id.go.bnn.pasarbersinar.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.go.bnn.pasarbersinar.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Views carry their own access annotation; services check again (the view is not the
 * boundary). Pictures, stylesheets and the shop's public files are open to everyone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/gambar/**", "/images/**", "/styles/**", "/favicon.ico", "/robots.txt", "/sitemap.xml")
                .permitAll());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin()));
        // Views are guarded by their access annotations (Vaadin's navigation access control); letting every other
        // request through here means an unknown address is a real 404 page instead of a redirect to the login.
        // HTTP endpoints that need a signed-in user declare their own rule above and check again in their service.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    /** No accounts yet: registration, staff and producer accounts arrive with the identity issue. */
    @Bean
    UserDetailsService userDetailsService() {
        return new InMemoryUserDetailsManager();
    }
}
