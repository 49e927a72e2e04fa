package id.go.bnn.pasarbersinar.testing;


import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Callers;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * GET requests to the shop's HTTP endpoints (MockMvc on the test's context) made by one caller: the caller is signed in
 * on the test's thread for the request, as the security filter would leave it, and signed out after.
 */
public final class RequestsAs {

    private final MockMvc http;

    public RequestsAs(WebApplicationContext context) {
        this.http = MockMvcBuilders.webAppContextSetup(context).build();
    }

    public MockHttpServletResponse get(Caller caller, String path) throws Exception {
        return get(caller, path, null);
    }

    /** With {@code If-None-Match} when it is not null. */
    public MockHttpServletResponse get(Caller caller, String path, String ifNoneMatch) throws Exception {
        Callers.signIn(caller);
        try {
            var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
            if (ifNoneMatch != null) {
                request.header("If-None-Match", ifNoneMatch);
            }
            return http.perform(request).andReturn().getResponse();
        } finally {
            Callers.signOut();
        }
    }
}
