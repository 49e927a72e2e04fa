package id.go.bnn.pasarbersinar.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 500 that shows no stack trace: the visitor gets an apology and a reference, the log gets the exception under
 * the same reference.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    public ServerErrorView() {
        addClassName("pb-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {} at /{}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("shell.error.title")),
                new Paragraph(getTranslation("shell.error.text")),
                new Paragraph(getTranslation("shell.error.reference", reference)));
        Anchor home = new Anchor("/", getTranslation("shell.notfound.home"));
        home.addClassName("pb-button");
        add(home);
        event.getUI().getPage().setTitle(getTranslation("shell.error.title") + " | " + getTranslation("shell.brand"));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
