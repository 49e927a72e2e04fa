package id.go.bnn.pasarbersinar;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@link StartRefused} as its one line on the standard error: the refusal comes before logging is set up, and
 * Spring Boot's own report would be a stack trace or a framed block around it. Anything else is left to Spring Boot.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartRefusedReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartRefused refused) {
                System.err.println(refused.getMessage());
                return true;
            }
        }
        return false;
    }
}
