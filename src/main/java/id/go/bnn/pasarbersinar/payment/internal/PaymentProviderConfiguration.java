package id.go.bnn.pasarbersinar.payment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stripe when {@code STRIPE_SECRET_KEY} is set, else the demo provider (which takes no money and says so on its page). */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PaymentProviderConfiguration.class);

    @Bean
    PaymentProvider paymentProvider(PaymentProperties properties, PaymentStore store) {
        if (properties.stripe().configured()) {
            log.info("Payments through Stripe at {}", properties.stripe().apiBase());
            return new StripePaymentProvider(properties.stripe());
        }
        log.warn("No STRIPE_SECRET_KEY: payments use the DEMO provider, which takes no real money");
        return new DemoPaymentProvider(store);
    }
}
