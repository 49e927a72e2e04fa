package id.go.bnn.pasarbersinar.identity;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test class and method, Spring Security's static holder gets the security-context strategy of the context
 * that test runs in (registered in {@code META-INF/spring.factories}). Vaadin sets the holder's strategy from every
 * context it starts, and a module slice ({@code @ApplicationModuleTest}) makes one of its own; a test reusing an earlier
 * context would otherwise find its sign-in in its filters' strategy and {@code Caller.current()} reading another one.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            follow(testContext);
        }
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        follow(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        follow(testContext);
    }

    private static void follow(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
