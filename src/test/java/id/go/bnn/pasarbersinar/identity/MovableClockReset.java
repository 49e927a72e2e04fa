package id.go.bnn.pasarbersinar.identity;

import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the suite's one {@link MovableClock} back to the real time after every test method and test class of every
 * Spring context (registered in {@code META-INF/spring.factories}): a test that moved it a week on (a return window,
 * an invitation's expiry) must not leave the next test class in next week, where today's exhibition has ended.
 */
public class MovableClockReset implements TestExecutionListener, Ordered {

    @Override
    public void afterTestMethod(TestContext testContext) {
        MovableClock.INSTANCE.reset();
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        MovableClock.INSTANCE.reset();
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }
}
