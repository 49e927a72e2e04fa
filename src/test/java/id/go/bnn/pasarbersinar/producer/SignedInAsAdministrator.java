package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The set-up of the tests of the producer groups' life, on the producer module alone (a module slice: no other module's
 * beans): each test runs signed in as an administrator, who may do all of it.
 */
@ApplicationModuleTest
abstract class SignedInAsAdministrator {

    @Autowired
    ProducerGroups groups;

    @BeforeEach
    void sign_in_as_administrator() {
        Callers.signIn(Callers.admin(-1));
    }

    @AfterEach
    void sign_out() {
        Callers.signOut();
    }
}
