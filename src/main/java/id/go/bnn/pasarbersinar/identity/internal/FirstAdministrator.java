package id.go.bnn.pasarbersinar.identity.internal;

import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.identity.AdministratorSetup;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.Caller.Role;
import id.go.bnn.pasarbersinar.shared.StartUpLock;
import java.time.Instant;
import java.util.Optional;
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
 * created at start-up if that address has no account yet. Without those settings, while no account holds the
 * administrator role, each start prints a one-time link ({@link AdministratorSetup}) instead. Either way the
 * administrator signs in as an ordinary user until it has set up its authenticator app on the account page, like every
 * staff account. Runs after the demo data (whose administrators, on the demo's embedded database, make the link moot).
 * Nodes that start together print one link between them.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final AdministratorSetup setup;
    private final String email;
    private final String password;
    private final String name;
    private final StartUpLock startUpLock;

    FirstAdministrator(Accounts accounts, AdministratorSetup setup, StartUpLock startUpLock, @Value("${pasar.admin.email:}") String email,
            @Value("${pasar.admin.password:}") String password, @Value("${pasar.admin.name:Administrator}") String name) {
        this.startUpLock = startUpLock;
        this.accounts = accounts;
        this.setup = setup;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    /**
     * Nodes starting at the same moment take turns ({@link StartUpLock}), so that one creates the named administrator
     * or prints the link and the others find it done: one link between them, which works.
     */
    @Override
    public void run(ApplicationArguments args) {
        startUpLock.once("first-administrator", () -> {
            if (!email.isBlank()) {
                ensure(email, name, password);
            }
            if (setup.administratorExists()) {
                Caller.runAsSystem(setup::revokeLinks);
                return;
            }
            Optional<Instant> printed = setup.recentLink();
            if (printed.isPresent()) {
                log.warn("No administrator yet. The link to create the first one was printed at {} by a node that started at the same "
                        + "time or less than {} minutes ago (the link in that node's log works): this start prints none, a start after {} "
                        + "prints a new one", printed.get(), AdministratorSetup.ONE_LINK_FOR.toMinutes(),
                        printed.get().plus(AdministratorSetup.ONE_LINK_FOR));
            } else {
                offerLink();
            }
        });
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

    /** Prints a new one-time link, the only place it ever appears (the database keeps its hash); answers it. */
    String offerLink() {
        String link = Caller.runAsSystem(setup::issueLink);
        log.warn("No administrator yet. Open {} within {} hours to create the first one; the link works once, and the next start "
                + "prints a new one while there is still no administrator (or set PASAR_ADMIN_EMAIL and PASAR_ADMIN_PASSWORD)",
                link, AdministratorSetup.LINK_VALIDITY.toHours());
        return link;
    }
}
