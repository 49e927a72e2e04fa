package id.go.bnn.pasarbersinar.order.internal;

import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.order.FulfilmentRefunded;
import id.go.bnn.pasarbersinar.order.FulfilmentShipped;
import id.go.bnn.pasarbersinar.order.GroupShareEstimate;
import id.go.bnn.pasarbersinar.order.OrderDetails;
import id.go.bnn.pasarbersinar.order.OrderPaid;
import id.go.bnn.pasarbersinar.payment.Payments;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.shared.Caller;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The order mails, Indonesian first and English below (a guest's language is not known): the confirmation with the
 * signed link to follow the order, the new-order notice to each group's members, the shipped notice with tracking,
 * and the refund or cancel notice with the amount and where the money goes.
 */
@Component
public class OrderMails {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrderMails.class);

    private final Mailer mailer;
    private final OrderStore store;
    private final RefundStore refunds;
    private final OrderLinks links;
    private final Accounts accounts;
    private final Payments payments;
    private final org.springframework.beans.factory.ObjectProvider<GroupShareEstimate> shares;

    OrderMails(Mailer mailer, OrderStore store, RefundStore refunds, OrderLinks links, Accounts accounts, Payments payments,
            org.springframework.beans.factory.ObjectProvider<GroupShareEstimate> shares) {
        this.payments = payments;
        this.shares = shares;
        this.mailer = mailer;
        this.store = store;
        this.refunds = refunds;
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
        // Each language's part names what was bought in that language.
        Function<Locale, String> parcels = locale -> order.parcels().stream()
                .map(parcel -> "- " + parcel.groupName() + ": " + parcel.lines().stream()
                        .map(line -> line.quantity() + " x " + line.label().in(locale)).collect(Collectors.joining(", "))
                        + " (" + parcel.total().format() + ")")
                .collect(Collectors.joining("\n"));
        Mailer.Mail confirmation = mail(order.contact().email(), "order.mail.confirmation.subject", "order.mail.confirmation.body",
                locale -> new Object[] {order.contact().name(), order.number(), parcels.apply(locale), order.total().format(),
                        links.url(order.number())});
        mailer.send(withShares(confirmation, event, order));
        for (OrderDetails.Parcel parcel : order.parcels()) {
            Function<Locale, String> items = locale -> parcel.lines().stream().map(line -> "- " + line.quantity() + " x " + line.label().in(locale))
                    .collect(Collectors.joining("\n"));
            Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(parcel.groupId()))).forEach(member ->
                    mailer.send(mail(member, "order.mail.new-order.subject", "order.mail.new-order.body", locale -> new Object[] {
                            order.number(), items.apply(locale), order.contact().destination(),
                            links.absolute("mitra/pesanan")})));
        }
    }

    /**
     * The card payment link of an order taken for the buyer at an exhibition's booth: what was ordered, per parcel with
     * its shipping, the total, the link and until when it is valid, and the signed page to follow the order.
     */
    public void payLink(String number, String paymentUrl, java.time.Instant payableUntil) {
        OrderDetails order = store.details(number).orElseThrow();
        Function<Locale, String> parcels = locale -> order.parcels().stream()
                .map(parcel -> "- " + parcel.groupName() + ": " + parcel.lines().stream()
                        .map(line -> line.quantity() + " x " + line.label().in(locale)).collect(Collectors.joining(", "))
                        + " (" + parcel.items().format() + " + " + MessageFormat.format(text(locale, "order.mail.pay-link.shipping"),
                        parcel.shipping().format()) + ")")
                .collect(Collectors.joining("\n"));
        mailer.send(mail(order.contact().email(), "order.mail.pay-link.subject", "order.mail.pay-link.body", locale -> new Object[] {
                order.contact().name(), order.number(), parcels.apply(locale), order.total().format(),
                String.join(", ", order.contact().addressLines().subList(1, order.contact().addressLines().size() - 1)), paymentUrl,
                id.go.bnn.pasarbersinar.shared.ShopTime.dateTime(payableUntil, locale), links.url(order.number())}));
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

    /**
     * A refund the provider confirmed: the buyer reads how much, for which parcel (items and shipping), and where the
     * money goes; a cancelled parcel's mail says it will not be shipped.
     */
    @ApplicationModuleListener
    void on(FulfilmentRefunded event) {
        OrderDetails order = store.details(event.orderNumber()).orElse(null);
        OrderDetails.Parcel parcel = order == null ? null
                : order.parcels().stream().filter(p -> p.fulfilmentId() == event.fulfilmentId()).findFirst().orElse(null);
        if (parcel == null) {
            LOG.warn("No parcel {} of order {} to mail about; the refund is left unmailed", event.fulfilmentId(), event.orderNumber());
            return;
        }
        // Whether this refund was the cancel's, not whether the parcel is cancelled by now: a partial refund's mail sent
        // after a later cancel (a retried or slow listener) still tells of that refund.
        boolean cancelled = refunds.isCancelRefund(event.refundId());
        String what = event.shipping().rupiah() > 0 ? "order.mail.refund.items-and-shipping" : "order.mail.refund.items";
        String where = payments.isDemo() ? "order.mail.refund.to-demo" : "order.mail.refund.to-card";
        String subject = cancelled ? "order.mail.cancelled.subject" : "order.mail.refunded.subject";
        String body = cancelled ? "order.mail.cancelled.body" : "order.mail.refunded.body";
        mailer.send(mail(order.contact().email(), subject, body, locale -> new Object[] {order.number(),
                event.total().format(), order.contact().name(), parcel.groupName(),
                MessageFormat.format(text(locale, what), event.items().format(), event.shipping().format()), text(locale, where),
                links.url(order.number())}));
    }

    /**
     * The confirmation with, per parcel, what goes to its group: the share at the rate in force when the order was paid,
     * which is what the ledger credits the group for it. Left out when no module estimates shares.
     */
    private Mailer.Mail withShares(Mailer.Mail mail, OrderPaid event, OrderDetails order) {
        GroupShareEstimate estimate = shares.getIfAvailable();
        if (estimate == null) {
            return mail;
        }
        java.util.Map<Long, String> names = order.parcels().stream()
                .collect(Collectors.toMap(OrderDetails.Parcel::fulfilmentId, OrderDetails.Parcel::groupName, (a, b) -> a));
        StringBuilder id = new StringBuilder(text(Locale.of("id"), "order.mail.confirmation.shares")).append('\n');
        StringBuilder en = new StringBuilder(text(Locale.ENGLISH, "order.mail.confirmation.shares")).append('\n');
        for (OrderPaid.PaidFulfilment parcel : event.fulfilments()) {
            String share = estimate.shareOf(parcel.groupId(), parcel.lines().stream()
                    .map(line -> new GroupShareEstimate.ShareLine(line.categoryCode(), line.total())).toList(),
                    parcel.items(), parcel.shipping(), event.paidAt()).format();
            String name = names.getOrDefault(parcel.fulfilmentId(), "");
            id.append("- ").append(MessageFormat.format(text(Locale.of("id"), "order.mail.confirmation.share"), name, share)).append('\n');
            en.append("- ").append(MessageFormat.format(text(Locale.ENGLISH, "order.mail.confirmation.share"), name, share)).append('\n');
        }
        // The Indonesian part ends where the English one begins; each gets its own paragraph of shares.
        String separator = BilingualMail.SEPARATOR;
        int split = mail.body().indexOf(separator);
        int end = mail.body().lastIndexOf(BilingualMail.SIGNATURE);
        if (split < 0 || end < split) {
            return mail;
        }
        String body = mail.body().substring(0, split) + "\n\n" + id.toString().stripTrailing() + separator
                + mail.body().substring(split + separator.length(), end) + "\n\n" + en.toString().stripTrailing() + mail.body().substring(end);
        return new Mailer.Mail(mail.to(), mail.subject(), body);
    }

    private static Mailer.Mail mail(String to, String subjectKey, String bodyKey, Object... arguments) {
        return BilingualMail.compose(to, subjectKey, bodyKey, arguments);
    }

    private static Mailer.Mail mail(String to, String subjectKey, String bodyKey, Function<Locale, Object[]> arguments) {
        return BilingualMail.compose(to, subjectKey, bodyKey, arguments);
    }

    private static String text(Locale locale, String key) {
        return BilingualMail.text(locale, key);
    }
}
