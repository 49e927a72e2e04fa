package id.go.bnn.pasarbersinar.payment.internal;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cards through Stripe when {@code STRIPE_SECRET_KEY} is set; QRIS, e-wallets and virtual accounts through Midtrans
 * when {@code MIDTRANS_SERVER_KEY} is set; when neither is and the demo is on ({@code PASAR_DEMO=true}), every method
 * through the demo provider (which takes no money and says so on its page); else none, and checkout says that payment
 * is unavailable.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PaymentProviderConfiguration.class);

    /** The primary provider: the card's (Stripe), or the demo one, or none. */
    @Bean
    PaymentProvider paymentProvider(PaymentProperties properties, PaymentStore store, @Value("${pasar.demo.enabled:false}") boolean demo) {
        return choose(properties, store, demo);
    }

    @Bean
    PaymentProviders paymentProviders(PaymentProvider paymentProvider, PaymentProperties properties, Clock clock) {
        Optional<MidtransPaymentProvider> midtrans = Optional.empty();
        if (properties.midtrans().configured()) {
            log.info("QRIS, e-wallets and virtual accounts through Midtrans at {} (core API {})", properties.midtrans().apiBase(),
                    properties.midtrans().coreApiBase());
            midtrans = Optional.of(new MidtransPaymentProvider(properties.midtrans(), clock));
        }
        return new PaymentProviders(paymentProvider, midtrans);
    }

    static PaymentProvider choose(PaymentProperties properties, PaymentStore store, boolean demo) {
        if (properties.stripe().configured()) {
            log.info("Payments through Stripe at {}", properties.stripe().apiBase());
            return new StripePaymentProvider(properties.stripe());
        }
        if (demo && !properties.midtrans().configured()) {
            log.warn("No STRIPE_SECRET_KEY nor MIDTRANS_SERVER_KEY: the demo's payments use the DEMO provider, which takes no real money");
            return new DemoPaymentProvider(store);
        }
        if (properties.midtrans().configured()) {
            log.warn("No STRIPE_SECRET_KEY: cards are unavailable, the other methods go through Midtrans (set STRIPE_SECRET_KEY for cards)");
        } else {
            log.warn("No STRIPE_SECRET_KEY: payments are unavailable and checkout says so (set STRIPE_SECRET_KEY)");
        }
        return new NoPaymentProvider();
    }
}
