package id.go.bnn.pasarbersinar.payment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stripe when {@code STRIPE_SECRET_KEY} is set; else, in the demo ({@code PASAR_DEMO=true}), the demo provider (which
 * takes no money and says so on its page); else none, and checkout says that payment is unavailable.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PaymentProviderConfiguration.class);

    @Bean
    PaymentProvider paymentProvider(PaymentProperties properties, PaymentStore store, @Value("${pasar.demo.enabled:false}") boolean demo) {
        return choose(properties, store, demo);
    }

    static PaymentProvider choose(PaymentProperties properties, PaymentStore store, boolean demo) {
        if (properties.stripe().configured()) {
            log.info("Payments through Stripe at {}", properties.stripe().apiBase());
            return new StripePaymentProvider(properties.stripe());
        }
        if (demo) {
            log.warn("No STRIPE_SECRET_KEY: the demo's payments use the DEMO provider, which takes no real money");
            return new DemoPaymentProvider(store);
        }
        log.warn("No STRIPE_SECRET_KEY: payments are unavailable and checkout says so (set STRIPE_SECRET_KEY)");
        return new NoPaymentProvider();
    }
}
