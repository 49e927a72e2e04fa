package id.go.bnn.pasarbersinar.accessmatrix;

import org.springframework.stereotype.Component;

/**
 * Sets up the records of the access matrix once per Spring context, on the first {@link AccessMatrixSetUp} class
 * that runs, and hands them to the classes after it: the accounts have fixed addresses (the matrix's refusals are
 * read against them) and all the classes share the context and its database. Nothing is set up in a context whose
 * tests never ask.
 */
@Component
class AccessMatrixFixture {

    private AccessMatrixSetUp first;

    synchronized void setUpOnce(AccessMatrixSetUp test) {
        if (first == null) {
            test.two_provinces_two_groups_two_buyers();
            first = test;
        } else {
            test.copyFrom(first);
        }
    }
}
