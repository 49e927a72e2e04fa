package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A new production database has no account at all, and staff are only ever invited by an administrator: the
 * operators name the first administrator with {@code PASAR_ADMIN_EMAIL} and {@code PASAR_ADMIN_PASSWORD}, and it is
 * created at start-up if that address has no account yet. It signs in as an ordinary user until it has set up its
 * authenticator app on the account page, like every staff account.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(Accounts accounts, @Value("${pasar.admin.email:}") String email,
            @Value("${pasar.admin.password:}") String password, @Value("${pasar.admin.name:Administrator}") String name) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!email.isBlank()) {
            ensure(email, name, password);
        }
    }

    /** Creates the administrator unless the address already has an account; a weak password stops the start. */
    boolean ensure(String email, String name, String password) {
        if (accounts.exists(email)) {
            return false;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("PASAR_ADMIN_EMAIL is set but PASAR_ADMIN_PASSWORD is not");
        }
        Caller.runAsSystem(() -> accounts.provision(email, name, password, Set.of(Role.ADMIN, Role.BUYER), Set.of(), Set.of(),
                null, false));
        log.info("First administrator {} created: sign in and set up an authenticator app on the account page", email);
        return true;
    }
}
