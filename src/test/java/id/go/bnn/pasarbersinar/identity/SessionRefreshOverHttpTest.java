package id.go.bnn.pasarbersinar.identity;

import static id.go.bnn.pasarbersinar.identity.SignInSupport.PASSWORD;
import static id.go.bnn.pasarbersinar.identity.SignInSupport.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two browsers signed in as the same person, over the real filter chain: a password change or reset ends the other
 * session on its next request (the one that changed it stays), and roles or memberships removed in the database by
 * anyone downgrade every session on its next request.
 */
@SpringBootTest
class SessionRefreshOverHttpTest {

    private static final String KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    MockMvc http;

    @BeforeEach
    void filter_chain() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_keeps_the_one_that_changed_it() throws Exception {
        String email = freshEmail("sesi");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        MockHttpSession here = signIn(email, PASSWORD, "10.9.0.1");
        MockHttpSession elsewhere = signIn(email, PASSWORD, "10.9.0.2");

        SecurityContext mine = (SecurityContext) here.getAttribute(KEY);
        SecurityContextHolder.setContext(mine);
        try {
            accounts.changePassword(PASSWORD, "Sandi-Baru-Yang-Panjang-42");
            here.setAttribute(KEY, SecurityContextHolder.getContext());
        } finally {
            SecurityContextHolder.clearContext();
        }

        http.perform(get("/robots.txt").session(here)).andReturn();
        http.perform(get("/robots.txt").session(elsewhere)).andReturn();

        assertThat(here.isInvalid()).isFalse();
        assertThat(caller(here).email()).isEqualTo(email);
        assertThat(elsewhere.isInvalid()).as("the other session ended").isTrue();
    }

    @Test
    void a_password_reset_ends_every_session_signed_in_before_it() throws Exception {
        String email = freshEmail("sesi-reset");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER), Set.of(), Set.of(), null);
        MockHttpSession first = signIn(email, PASSWORD, "10.9.0.3");
        MockHttpSession second = signIn(email, PASSWORD, "10.9.0.4");

        // What the reset link does, without the mail: the same store method Accounts.resetPassword calls.
        jdbc.sql("UPDATE account SET credentials_stamp = credentials_stamp + 1 WHERE email = ?").param(email).update();

        http.perform(get("/robots.txt").session(first)).andReturn();
        http.perform(get("/robots.txt").session(second)).andReturn();
        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
    }

    @Test
    void a_removed_membership_or_role_downgrades_both_sessions_on_their_next_request() throws Exception {
        long group = jdbc.sql("SELECT MIN(id) FROM producer_group").query(Long.class).single();
        String email = freshEmail("sesi-anggota");
        SignInSupport.provision(accounts, email, Set.of(Caller.Role.BUYER, Caller.Role.PRODUCER), Set.of(), Set.of(new GroupId(group)), null);
        MockHttpSession first = signIn(email, PASSWORD, "10.9.0.5");
        MockHttpSession second = signIn(email, PASSWORD, "10.9.0.6");
        assertThat(caller(first).actsFor(group)).isTrue();

        // Another module removes the member with plain SQL, telling nobody.
        long account = caller(first).accountId();
        jdbc.sql("DELETE FROM group_membership WHERE account_id = ? AND group_id = ?").params(account, group).update();

        http.perform(get("/robots.txt").session(first)).andReturn();
        assertThat(first.isInvalid()).isFalse();
        assertThat(caller(first).groups()).isEmpty();
        assertThat(caller(first).actsFor(group)).isFalse();

        jdbc.sql("DELETE FROM account_role WHERE account_id = ? AND role = 'PRODUCER'").param(account).update();
        http.perform(get("/robots.txt").session(second)).andReturn();
        assertThat(caller(second).roles()).containsExactly(Caller.Role.BUYER);
        assertThat(caller(second).actingGroup()).isNull();
        assertThat(((SecurityContext) second.getAttribute(KEY)).getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_BUYER");
    }

    private MockHttpSession signIn(String email, String password, String address) throws Exception {
        var result = http.perform(post("/masuk").session(new MockHttpSession()).param("username", email).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static Caller caller(MockHttpSession session) {
        return (Caller) ((SecurityContext) session.getAttribute(KEY)).getAuthentication().getPrincipal();
    }
}
