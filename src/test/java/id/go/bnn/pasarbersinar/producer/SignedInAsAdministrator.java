package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.shared.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The set-up of the tests of the producer groups' life: each test runs signed in as an administrator, who may do all of
 * it. Not a module slice: groups registered here go into the database the other tests share, and without the catalog's
 * listener they would be verified groups that the catalog's own copy ({@code catalog_group}) never heard of.
 */
@SpringBootTest
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
