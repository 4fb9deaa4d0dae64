package org.fairaudit.persistence;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A note beside the database naming the process that has it open (pid, host, since when). H2 locks the file
 * itself but does not say who holds it; a second instance reads this note to tell the user where to look.
 */
final class DatabaseOwner {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOwner.class);

    private DatabaseOwner() {
    }

    static void claim(DatabaseFile file) {
        ProcessHandle self = ProcessHandle.current();
        String since = self.info().startInstant().orElse(Instant.now()).toString();
        try {
            Files.write(file.ownerFile(), List.of(Long.toString(self.pid()), hostName(), since),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not write the database owner note: {}", e.getClass().getSimpleName());
        }
    }

    static void release(DatabaseFile file) {
        try {
            Files.deleteIfExists(file.ownerFile());
        } catch (IOException e) {
            LOG.warn("Could not remove the database owner note: {}", e.getClass().getSimpleName());
        }
    }

    /** "process 1234 on laptop-7, since 28 Nov 2026, 09:12", when the note is there and readable. */
    static Optional<String> describe(DatabaseFile file) {
        try {
            List<String> lines = Files.readAllLines(file.ownerFile(), StandardCharsets.UTF_8);
            String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withZone(ZoneId.systemDefault()).format(Instant.parse(lines.get(2)));
            return Optional.of(org.fairaudit.i18n.Messages.get("db.owner", lines.get(0), lines.get(1), since));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }
}
