package id.go.bnn.pasarbersinar.identity;

import static id.go.bnn.pasarbersinar.identity.SignInSupport.PASSWORD;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.go.bnn.pasarbersinar.identity.internal.SignInRefused;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form's POST through the real filter chain: session fixation, the refusal reasons, security headers. */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class SignInOverHttpTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;

    MockMvc http;

    @BeforeEach
    void filter_chain() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_right_password_signs_in_with_a_new_session_id() throws Exception {
        String email = freshEmail("http");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = http.perform(post("/masuk").session(session).param("username", email).param("password", PASSWORD)
                .with(csrf()).with(remote("10.7.0.1")).with(request -> {
                    // The browser sent the id of the session it had before signing in (by cookie).
                    request.setRequestedSessionId(before);
                    request.setRequestedSessionIdValid(true);
                    request.setRequestedSessionIdFromCookie(true);
                    return request;
                })).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession after = (MockHttpSession) result.getRequest().getSession();
        assertThat(after.getId()).as("session fixation protection").isNotEqualTo(before);
        SecurityContext signedIn = (SecurityContext) after.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(signedIn.getAuthentication().getPrincipal()).isInstanceOfSatisfying(Caller.class,
                caller -> assertThat(caller.email()).isEqualTo(email));
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer_and_lock_alike() throws Exception {
        String email = freshEmail("http-salah");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        MvcResult wrong = http.perform(post("/masuk").param("username", email).param("password", "salah-sekali-123")
                .with(csrf()).with(remote("10.7.0.2"))).andReturn();
        MvcResult unknown = http.perform(post("/masuk").param("username", freshEmail("http-tidak-ada")).param("password", "salah-sekali-123")
                .with(csrf()).with(remote("10.7.0.3"))).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl()).endsWith("/masuk?error");
        assertThat(wrong.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION).getClass())
                .isEqualTo(unknown.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION).getClass());

        MvcResult last = null;
        for (int i = 0; i < 10; i++) {
            last = http.perform(post("/masuk").param("username", email).param("password", "salah-sekali-123")
                    .with(csrf()).with(remote("10.7.1." + i))).andReturn();
        }
        assertThat(last.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(SignInRefused.Locked.class);
    }

    @Test
    void answers_carry_security_headers_that_vaadin_tolerates() throws Exception {
        var response = http.perform(post("/masuk").param("username", "x").with(csrf())).andReturn().getResponse();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
        var secure = http.perform(post("/masuk").param("username", "x").with(csrf()).secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void a_username_longer_than_an_email_address_is_refused_like_a_wrong_password() throws Exception {
        MvcResult result = http.perform(post("/masuk").param("username", "a".repeat(300) + "@contoh.id").param("password", "x")
                .with(csrf()).with(remote("10.7.2.1"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/masuk?error");
    }

    @Test
    void a_newline_in_a_username_cannot_forge_a_log_line(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        http.perform(post("/masuk").param("username", "orang@contoh.id\nINFO security : SIGN_IN actor=1 subject=admin")
                .param("password", "x").with(csrf()).with(remote("10.7.2.2"))).andReturn();
        assertThat(output.getAll()).containsIgnoringCase("orang@contoh.id\\nINFO security").doesNotContainIgnoringCase("\nINFO security : SIGN_IN actor=1");
    }

    @Test
    void a_sign_in_posted_by_another_site_is_refused_before_any_password_check() throws Exception {
        var crossSite = http.perform(post("/masuk").param("username", "penyerang@contoh.id").param("password", "x")
                .header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site").with(remote("10.7.2.3"))).andReturn();
        assertThat(crossSite.getResponse().getStatus()).isEqualTo(403);
        var otherOrigin = http.perform(post("/masuk").param("username", "penyerang@contoh.id").param("password", "x")
                .header("Origin", "https://evil.example").with(remote("10.7.2.3"))).andReturn();
        assertThat(otherOrigin.getResponse().getStatus()).isEqualTo(403);
        var sameOrigin = http.perform(post("http://localhost/masuk").param("username", "orang@contoh.id").param("password", "x")
                .header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin").with(remote("10.7.2.4"))).andReturn();
        assertThat(sameOrigin.getResponse().getRedirectedUrl()).endsWith("/masuk?error");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
