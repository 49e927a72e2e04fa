package id.go.bnn.pasarbersinar.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The shop's clock as the demo history sees it. It answers the wrapped clock's time, except while the demo loader
 * writes the order history of the first start: then it answers a moment in the past that the loader sets (and that runs
 * on from there at the normal pace, so consecutive steps keep their order). Only the demo module can move it, and it
 * only wraps the shop's clock where the demo history will be written (an embedded demo database); elsewhere the shop
 * keeps its plain clock.
 */
final class DemoHistoryClock extends Clock {

    private record Pin(Instant at, long nanos) {
    }

    private final Clock wrapped;
    private volatile Pin pin;

    DemoHistoryClock(Clock wrapped) {
        this.wrapped = wrapped;
    }

    /** From now on the clock says {@code at} (and runs on from there) until {@link #release()}. */
    void moveTo(Instant at) {
        pin = new Pin(at, System.nanoTime());
    }

    /** Back to the wrapped clock's time. */
    void release() {
        pin = null;
    }

    boolean moved() {
        return pin != null;
    }

    /** The wrapped clock's time, whatever the history says. */
    Instant realNow() {
        return wrapped.instant();
    }

    @Override
    public Instant instant() {
        Pin current = pin;
        return current == null ? wrapped.instant() : current.at().plus(Duration.ofNanos(System.nanoTime() - current.nanos()));
    }

    @Override
    public ZoneId getZone() {
        return wrapped.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : Clock.fixed(instant(), zone);
    }
}
