package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.internal.AccountAuthenticationProvider;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Signs in through the shop's real authentication provider, as the login form does, from a given client address. */
final class SignInSupport {

    static final String PASSWORD = "Kopi-Lamteuba-Seulawah-7";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SignInSupport() {
    }

    static Authentication signIn(AccountAuthenticationProvider provider, String email, String password, String address) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return new ProviderManager(provider).authenticate(request);
    }

    /** An address of its own for each test, so that the per-address limit of one test never touches another. */
    static String freshAddress() {
        int n = COUNTER.incrementAndGet();
        return "10.4." + (n / 250) + "." + (n % 250 + 1);
    }

    static String freshEmail(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000 + "@test.pasarbersinar.id";
    }

    static AccountId provision(Accounts accounts, String email, Set<Caller.Role> roles, Set<String> provinces,
            Set<id.go.bnn.pasarbersinar.producer.GroupId> groups, String totp) {
        return Caller.runAsSystem(() -> accounts.provision(email, "Uji " + email.substring(0, 6), PASSWORD, roles, provinces, groups, totp, false));
    }
}
