package id.go.bnn.pasarbersinar.payout.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import java.time.Instant;
import id.go.bnn.pasarbersinar.shared.ShopAddress;
import org.springframework.stereotype.Component;

/**
 * The payout module's Stripe adapter for Connect onboarding: an Express connected account for a group, and an Account
 * Link (a short-lived Stripe page where the group enters its own details and bank account). Every request carries an
 * idempotency key, so a double click or a retry after a network error creates one account, not two. The link returns
 * to the group's finances page on {@code PASAR_BASE_URL}.
 */
@Component
public class StripeConnectOnboarding {

    /** Where Stripe sends the group back: the finances page, which says what happens next. */
    static final String RETURN_PATH = "/mitra/keuangan";

    private final PayoutProperties.Stripe settings;
    private final ShopAddress address;
    private volatile StripeClient client;

    StripeConnectOnboarding(PayoutProperties properties, ShopAddress address) {
        this.settings = properties.stripe();
        this.address = address;
    }

    public boolean available() {
        return settings.configured();
    }

    public record Link(String url, Instant expiresAt) {
    }

    /** Stripe refused or could not be reached; the message is Stripe's, for staff. */
    public static class OnboardingFailed extends Exception {
        OnboardingFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Creates the group's Express account (Indonesia, transfers); the same key always gives the same account. */
    public String createAccount(long groupId, String idempotencyKey) throws OnboardingFailed {
        AccountCreateParams params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCountry("ID")
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .putMetadata("group", Long.toString(groupId))
                .build();
        try {
            Account account = client().v1().accounts().create(params, RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return account.getId();
        } catch (StripeException e) {
            throw failed(e);
        }
    }

    /** An onboarding link for the account, back to the group's finances page (refresh: a new link from there). */
    public Link accountLink(String accountId, String idempotencyKey) throws OnboardingFailed {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setRefreshUrl(address.resolve(RETURN_PATH + "?stripe=refresh"))
                .setReturnUrl(address.resolve(RETURN_PATH + "?stripe=return"))
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .build();
        try {
            AccountLink link = client().v1().accountLinks().create(params, RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            if (link.getUrl() == null || !link.getUrl().startsWith("https://")) {
                // Shown as a link to staff and mailed: only ever a Stripe page over HTTPS.
                throw new OnboardingFailed("Stripe answered without an https link", null);
            }
            return new Link(link.getUrl(), link.getExpiresAt() == null ? null : Instant.ofEpochSecond(link.getExpiresAt()));
        } catch (StripeException e) {
            throw failed(e);
        }
    }

    private static OnboardingFailed failed(StripeException e) {
        return new OnboardingFailed(e.getStripeError() != null && e.getStripeError().getMessage() != null ? e.getStripeError().getMessage()
                : e.getMessage(), e);
    }

    private StripeClient client() throws OnboardingFailed {
        if (!settings.configured()) {
            throw new OnboardingFailed("Stripe is not configured (pasar.payout.stripe.secret-key)", null);
        }
        StripeClient current = client;
        if (current == null) {
            current = StripeClients.build(settings);
            client = current;
        }
        return current;
    }
}
