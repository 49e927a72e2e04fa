package id.go.bnn.pasarbersinar.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.unit.DataSize;

/** What one request may make the server hold: bounded bodies, and sessions that cost little until the visitor acts. */
class RequestLimitsTest {

    private final RequestSizeLimit sizes = new RequestSizeLimit(DataSize.ofKilobytes(256), DataSize.ofMegabytes(16), DataSize.ofMegabytes(1));

    @Test
    void a_ten_megabyte_uidl_message_is_refused_before_it_is_read() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setContent(new byte[10 * 1024 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        sizes.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("never reaches Vaadin").isNull();
    }

    @Test
    void a_body_without_a_declared_length_is_read_no_further_than_the_limit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/masuk") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[3 * 1024 * 1024]);
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest passed, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                super.doFilter(passed, response);
                assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> passed.getInputStream().readAllBytes()))
                        .isInstanceOf(java.io.IOException.class);
            }
        };
        sizes.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void small_messages_and_uploads_pass() throws Exception {
        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        uidl.setContent(new byte[10_000]);
        MockFilterChain chain = new MockFilterChain();
        sizes.doFilter(uidl, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/abc/upload");
        upload.setContent(new byte[5 * 1024 * 1024]);
        MockFilterChain uploadChain = new MockFilterChain();
        sizes.doFilter(upload, new MockHttpServletResponse(), uploadChain);
        assertThat(uploadChain.getRequest()).isNotNull();
    }

    @Test
    void a_new_session_lives_briefly_until_the_visitor_interacts() throws Exception {
        FirstVisitSessions sessions = new FirstVisitSessions(Duration.ofMinutes(6), Duration.ofMinutes(30));
        MockHttpSession session = new MockHttpSession();
        sessions.sessionCreated(new jakarta.servlet.http.HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(360);

        MockHttpServletRequest pageView = new MockHttpServletRequest("GET", "/katalog");
        pageView.setSession(session);
        sessions.doFilter(pageView, new MockHttpServletResponse(), new MockFilterChain());
        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setParameter("v-r", "heartbeat");
        heartbeat.setSession(session);
        sessions.doFilter(heartbeat, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getMaxInactiveInterval()).as("page views and heartbeats are not interactions").isEqualTo(360);

        MockHttpServletRequest click = new MockHttpServletRequest("POST", "/");
        click.setParameter("v-r", "uidl");
        click.setSession(session);
        sessions.doFilter(click, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
    }
}
