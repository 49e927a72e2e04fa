package id.go.bnn.pasarbersinar.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A 404 that helps: says what happened and offers the ways back into the shop. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("pb-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("shell.notfound.title"));
        Paragraph text = new Paragraph(getTranslation("shell.notfound.text"));
        Anchor home = new Anchor("/", getTranslation("shell.notfound.home"));
        home.addClassName("pb-button");
        Anchor catalog = new Anchor("katalog", getTranslation("shell.notfound.catalog"));
        catalog.addClassName("pb-button-secondary");
        Div actions = new Div(home, catalog);
        actions.addClassName("pb-error-actions");
        add(title, text, actions);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /** The title of the first HTML and the browser tab: a 404 says what it is. */
    @Override
    public String getPageTitle() {
        return getTranslation("shell.notfound.title") + " | " + getTranslation("shell.brand");
    }
}
