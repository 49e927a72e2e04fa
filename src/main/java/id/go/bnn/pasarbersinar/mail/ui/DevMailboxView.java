package id.go.bnn.pasarbersinar.mail.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.mail.KeptMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import jakarta.annotation.security.RolesAllowed;

/** The development mailbox: the newest mails the shop would have sent, when no SMTP server is configured. */
@Route("staf/kotak-surat")
@RolesAllowed("ADMIN")
@Menu(title = "mail.menu.mailbox", order = 92)
class DevMailboxView extends Div implements HasDynamicTitle {

    DevMailboxView(Mailer mailer) {
        addClassName("pb-staff-page");
        add(new H1(getTranslation("mail.mailbox.heading")));
        if (!mailer.usesDevMailbox()) {
            add(new Paragraph(getTranslation("mail.mailbox.smtp")));
            return;
        }
        var mails = mailer.devMailbox(50);
        if (mails.isEmpty()) {
            add(new Paragraph(getTranslation("mail.mailbox.empty")));
        }
        for (KeptMail mail : mails) {
            Pre text = new Pre(mail.text());
            text.addClassName("pb-mail");
            add(text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.mailbox.heading") + " | " + getTranslation("shell.brand");
    }
}
