package id.go.bnn.pasarbersinar.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The running shop's development mailbox (a folder of .txt mails, written when it has no SMTP server): .ci/run passes
 * the jar's folder as {@code -Dpasar.e2e.mailbox}. Mails are sent after the change commits, by another process, so a
 * test waits for the one it expects.
 */
final class Mailbox {

    static final String MAILBOX_PROPERTY = "pasar.e2e.mailbox";

    private Mailbox() {
    }

    /** The text (headers and body) of a mail to this address written since then that {@code wanted} accepts, waiting up to 30 s. */
    static String await(String email, Instant since, String what, Predicate<String> wanted) {
        Path mailbox = Paths.get(System.getProperty(MAILBOX_PROPERTY, "data/mailbox"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> found = find(mailbox, email, since, wanted);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250); // polling a folder another process writes: there is nothing to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No " + what + " to " + email + " in " + mailbox.toAbsolutePath()
                + " (set -D" + MAILBOX_PROPERTY + " to the running shop's mailbox folder)");
    }

    private static Optional<String> find(Path mailbox, String email, Instant since, Predicate<String> wanted) {
        if (!Files.isDirectory(mailbox)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(mailbox)) {
            List<Path> recent = files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .filter(file -> file.toFile().lastModified() >= since.toEpochMilli() - 5_000).toList();
            for (Path file : recent) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("To: " + email) && wanted.test(text)) {
                    return Optional.of(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }
}
