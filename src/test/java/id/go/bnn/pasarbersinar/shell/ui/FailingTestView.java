package id.go.bnn.pasarbersinar.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that breaks, for the error-view tests only (it lives in the test sources). */
@Route("uji-galat")
@AnonymousAllowed
public class FailingTestView extends Div {

    public FailingTestView() {
        throw new IllegalStateException("deliberate failure for ErrorViewsTest");
    }
}
