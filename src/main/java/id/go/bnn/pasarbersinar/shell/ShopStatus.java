package id.go.bnn.pasarbersinar.shell;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * What every page must tell the visitor about the shop as a whole: whether it shows demo data (and, with the
 * payment issue, whether payments are simulated). Set once at start-up by whoever loads the data.
 */
@Component
public class ShopStatus {

    private final AtomicBoolean demoData = new AtomicBoolean();

    public boolean demoData() {
        return demoData.get();
    }

    public void markDemoData() {
        demoData.set(true);
    }
}
