package id.go.bnn.pasarbersinar.mail.internal;

import id.go.bnn.pasarbersinar.mail.KeptMail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A folder of text files, one per mail: the embedded default's mailbox, readable on disk and in the shop. */
@Component
public class DevMailbox {

    private static final Logger log = LoggerFactory.getLogger(DevMailbox.class);

    private final Path folder;

    DevMailbox(@Value("${pasar.mail.dev-mailbox:data/mailbox}") Path folder) {
        this.folder = folder;
    }

    public void keep(String from, String to, String subject, String body, Instant sentAt) {
        try {
            Files.createDirectories(folder);
            String name = sentAt.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";
            Files.writeString(folder.resolve(name), "From: " + from + "\nTo: " + to + "\nDate: " + sentAt + "\nSubject: " + subject
                    + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Could not keep mail in {}", folder.toAbsolutePath(), e);
        }
    }

    public List<KeptMail> newest(int limit) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .limit(limit)
                    .map(file -> new KeptMail(file.getFileName().toString(), read(file)))
                    .toList();
        } catch (IOException e) {
            log.warn("Could not read the mailbox {}", folder.toAbsolutePath(), e);
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
