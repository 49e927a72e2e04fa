package id.go.bnn.pasarbersinar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules' dependencies form a graph without cycles and nobody reaches into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PasarBersinarApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }
}
