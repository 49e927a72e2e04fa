package id.go.bnn.pasarbersinar.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Waits for the listeners of one published event to finish, by the event publication registry: a publication is
 * written with the event and completed when its listener returns, in the listener's transaction. So once none of the
 * event's publications is incomplete, whatever its listeners did (and published in turn) is there to check directly,
 * instead of polling for the outcome itself. The bound only stops a test whose listener never finishes.
 */
@Component
public class ListenersDone {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private final EventPublicationRegistry registry;

    ListenersDone(EventPublicationRegistry registry) {
        this.registry = registry;
    }

    /** Returns once every listener of {@code event} (published and committed before the call) has completed. */
    public void awaitHandled(Object event) {
        await().atMost(BOUND).pollInterval(Duration.ofMillis(20)).until(() -> registry.findIncompletePublications().stream()
                .noneMatch(publication -> publication.getEvent().equals(event)));
    }
}
