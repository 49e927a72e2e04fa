package id.go.bnn.pasarbersinar.demo;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the demo is still being set up: from the start of a demo ({@code PASAR_DEMO=true}) until its catalog is in the
 * database (or found there). Meanwhile {@link DemoSetupPage} answers page requests with a page that says so, so that a
 * newcomer never sees an empty catalog. Outside the demo the shop is never "being set up".
 */
@Component
class DemoSetup {

    private final AtomicBoolean settingUp;

    @Autowired
    DemoSetup(DemoProperties properties, Environment environment) {
        this(properties, DemoPhotoPreparation.databaseFileAtStart(environment.getProperty("spring.datasource.url")));
    }

    /** A demo whose embedded database file was already there when the JVM started (a second start) is not being set up. */
    DemoSetup(DemoProperties properties, boolean databaseFileAtStart) {
        this.settingUp = new AtomicBoolean(properties.loadsData() && !databaseFileAtStart);
    }

    boolean settingUp() {
        return settingUp.get();
    }

    /** The catalog is there (or the demo gave up loading it): pages are served as usual from now on. */
    void ready() {
        settingUp.set(false);
    }

    /** For tests: the state of a first start, before the catalog is loaded. */
    void restart() {
        settingUp.set(true);
    }
}
