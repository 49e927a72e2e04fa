package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.order.FulfilmentShipped;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.OrderPaid;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The order mails, Indonesian first and English below (a guest's language is not known): the confirmation with the
 * signed link to follow the order, the new-order notice to each group's members, the shipped notice with tracking.
 */
@Component
public class OrderMails {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrderMails.class);

    private final Mailer mailer;
    private final OrderStore store;
    private final OrderLinks links;
    private final Accounts accounts;

    OrderMails(Mailer mailer, OrderStore store, OrderLinks links, Accounts accounts) {
        this.mailer = mailer;
        this.store = store;
        this.links = links;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        // An event about an order this shop never stored has nobody to mail; retrying it would never succeed.
        OrderDetails order = store.details(event.orderNumber()).orElse(null);
        if (order == null) {
            LOG.warn("No order {} to mail about; the OrderPaid event is left unmailed", event.orderNumber());
            return;
        }
        String parcels = order.parcels().stream()
                .map(parcel -> "- " + parcel.groupName() + ": " + parcel.lines().stream()
                        .map(line -> line.quantity() + " x " + line.title()).collect(Collectors.joining(", "))
                        + " (" + parcel.total().format() + ")")
                .collect(Collectors.joining("\n"));
        mailer.send(mail(order.contact().email(), "order.mail.confirmation.subject", "order.mail.confirmation.body",
                order.contact().name(), order.number(), parcels, order.total().format(), links.url(order.number())));
        for (OrderDetails.Parcel parcel : order.parcels()) {
            String items = parcel.lines().stream().map(line -> "- " + line.quantity() + " x " + line.title()).collect(Collectors.joining("\n"));
            Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(parcel.groupId()))).forEach(member ->
                    mailer.send(mail(member, "order.mail.new-order.subject", "order.mail.new-order.body", order.number(), items,
                            order.contact().regency() + ", " + order.contact().provinceName(), links.absolute("mitra/pesanan"))));
        }
    }

    @ApplicationModuleListener
    void on(FulfilmentShipped event) {
        OrderDetails order = store.details(event.orderNumber()).orElse(null);
        if (order == null) {
            LOG.warn("No order {} to mail about; the FulfilmentShipped event is left unmailed", event.orderNumber());
            return;
        }
        String group = order.parcels().stream().filter(p -> p.fulfilmentId() == event.fulfilmentId()).map(OrderDetails.Parcel::groupName)
                .findFirst().orElse("");
        mailer.send(mail(order.contact().email(), "order.mail.shipped.subject", "order.mail.shipped.body", order.contact().name(),
                order.number(), group, event.courier(), event.trackingNumber(), links.url(order.number())));
    }

    private static Mailer.Mail mail(String to, String subjectKey, String bodyKey, Object... arguments) {
        String subject = MessageFormat.format(text(Locale.of("id"), subjectKey), arguments) + " / "
                + MessageFormat.format(text(Locale.ENGLISH, subjectKey), arguments);
        String body = MessageFormat.format(text(Locale.of("id"), bodyKey), arguments) + "\n\n-----\n\n"
                + MessageFormat.format(text(Locale.ENGLISH, bodyKey), arguments) + "\n\n-- \nPasar Bersinar\n";
        return new Mailer.Mail(to, subject, body);
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString(key);
    }
}
