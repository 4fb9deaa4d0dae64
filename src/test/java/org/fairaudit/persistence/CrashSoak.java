package org.fairaudit.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Kills a writing JVM with SIGKILL at a random moment while it commits, reopens the database and checks that every
 * edit it reported as committed is there and the change log is intact. Trials alternate between a plain and an
 * encrypted database. {@code bench/run-crash-soak.sh} runs 20 or more trials; {@code DurabilityTest} runs 3.
 */
public final class CrashSoak {
    static final String PASSPHRASE = "soak passphrase with spaces";

    /** One trial: how many edits were acknowledged, how many of them were missing, how long reopening took. */
    record Trial(boolean encrypted, int acknowledged, int lost, long reopenMillis, boolean changeLogIntact) {
    }

    private final Path dir;
    private final Random random;

    CrashSoak(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    List<Trial> run(int trials) throws Exception {
        Path passphraseFile = Files.writeString(dir.resolve("passphrase.txt"), PASSPHRASE, StandardCharsets.UTF_8);
        List<UUID> plainAcknowledged = new ArrayList<>();
        List<UUID> encryptedAcknowledged = new ArrayList<>();
        List<Trial> results = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            boolean encrypted = i % 2 == 1;
            Path file = dir.resolve(encrypted ? "encrypted" : "plain");
            List<UUID> acknowledged = encrypted ? encryptedAcknowledged : plainAcknowledged;
            int before = acknowledged.size();
            killWhileWriting(file, encrypted ? passphraseFile : null, acknowledged);
            results.add(reopenAndCheck(file, encrypted, acknowledged, acknowledged.size() - before));
        }
        return results;
    }

    /** Reads acknowledged ids in a thread while the main thread waits a random time, then kills the writer. */
    private void killWhileWriting(Path file, Path passphraseFile, List<UUID> acknowledged) throws Exception {
        List<UUID> read = Collections.synchronizedList(new ArrayList<>());
        String[] args = passphraseFile == null ? new String[] {file.toString()}
                : new String[] {file.toString(), passphraseFile.toString()};
        try (ChildJvm writer = ChildJvm.start(DurableWriterMain.class, args)) {
            Thread reader = new Thread(() -> {
                try {
                    for (String line = writer.readLine(); line != null; line = writer.readLine()) {
                        if (line.length() == 36) {
                            read.add(UUID.fromString(line));
                        }
                    }
                } catch (IOException e) {
                    // the pipe closes when the writer dies: every id read before is counted
                }
            });
            reader.start();
            while (read.isEmpty() && writer.process.isAlive()) {
                Thread.sleep(5); // kill only once commits are under way
            }
            Thread.sleep(random.nextInt(1500));
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe
            writer.process.toHandle().destroyForcibly();
            writer.process.waitFor();
            reader.join();
        }
        acknowledged.addAll(read);
    }

    private static Trial reopenAndCheck(Path file, boolean encrypted, List<UUID> acknowledged, int thisTrial) {
        long start = System.nanoTime();
        try (Database database = Database.openH2(file, encrypted ? PASSPHRASE.toCharArray() : null)) {
            long reopenMillis = (System.nanoTime() - start) / 1_000_000;
            JdbcSupplierService suppliers = new JdbcSupplierService(database, new JdbcProfileService(database));
            int lost = (int) acknowledged.stream().filter(id -> suppliers.find(id).isEmpty()).count();
            return new Trial(encrypted, thisTrial, lost, reopenMillis, new ChangeLog(database).verify().isIntact());
        }
    }

    /** {@code CrashSoak [trials=20] [work dir]}: prints one line per trial and a summary. */
    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/crash-soak"));
        Backups.deleteTree(dir);
        Files.createDirectories(dir);
        List<Trial> results = new CrashSoak(dir, System.nanoTime()).run(trials);
        System.out.printf("%-6s %-10s %-13s %-5s %-11s %s%n", "trial", "database", "acknowledged", "lost",
                "reopen ms", "change log");
        for (int i = 0; i < results.size(); i++) {
            Trial t = results.get(i);
            System.out.printf("%-6d %-10s %-13d %-5d %-11d %s%n", i + 1, t.encrypted() ? "encrypted" : "plain",
                    t.acknowledged(), t.lost(), t.reopenMillis(), t.changeLogIntact() ? "intact" : "BROKEN");
        }
        List<Long> reopen = results.stream().map(Trial::reopenMillis).sorted().toList();
        System.out.printf("trials=%d acknowledged=%d lost=%d broken=%d reopen ms: median %d, max %d%n",
                results.size(), results.stream().mapToInt(Trial::acknowledged).sum(),
                results.stream().mapToInt(Trial::lost).sum(),
                results.stream().filter(t -> !t.changeLogIntact()).count(),
                reopen.get(reopen.size() / 2), reopen.get(reopen.size() - 1));
        System.exit(results.stream().allMatch(t -> t.lost() == 0 && t.changeLogIntact()) ? 0 : 1);
    }
}
