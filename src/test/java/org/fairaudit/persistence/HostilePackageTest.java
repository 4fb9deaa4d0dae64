package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.PackageRefusal;
import org.fairaudit.service.PackageRefusedException;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every hostile or altered package is refused, naming the check it failed, and the database stays as it was. */
class HostilePackageTest {
    @TempDir
    Path dir;
    Installation sender;
    Installation receiver;
    Path genuine;
    String digestBefore;

    @BeforeEach
    void open() throws Exception {
        sender = Installation.auditor(dir.resolve("sender"));
        receiver = Installation.reviewer(dir.resolve("receiver"));
        Supplier supplier = sender.store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        Path photo = Files.write(dir.resolve("dormitory.jpg"), "photo bytes".getBytes(StandardCharsets.UTF_8));
        var audit = sender.store.audits.create(supplier.id(), List.of(TestCodes.RECRUITMENT.ref()),
                org.fairaudit.domain.AuditType.INITIAL, org.fairaudit.domain.Announcement.ANNOUNCED, null, null,
                "A. Lead", "");
        sender.store.audits.addAttachment(sender.store.audits.responses(audit.id()).get(0).id(), photo);
        genuine = dir.resolve("genuine.fapkg");
        sender.exchange.exportPackage(PackageSelection.ofSupplier(supplier.id(), false), genuine,
                ProgressListener.NONE);
        receiver.exchange.importPackage(genuine, true, ProgressListener.NONE); // the sender is trusted
        digestBefore = receiver.digestOfAllTables();
    }

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    @ParameterizedTest
    @CsvSource({
            "not-a-zip.fapkg, NOT_A_ZIP",
            "parent-path.fapkg, ENTRY_NAME",
            "absolute-path.fapkg, ENTRY_NAME",
            "duplicate-entry.fapkg, DUPLICATE_ENTRY",
            "zip-bomb.fapkg, ZIP_BOMB"})
    void staticHostileFilesAreRefused(String name, PackageRefusal reason) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/hostile/package/" + name)) {
            Files.copy(in, file);
        }
        assertRefused(file, reason);
    }

    @Test
    void aChangedRecordIsRefused() throws Exception {
        assertRefused(rewritten(entries -> {
            entries.computeIfPresent("records/supplier.json",
                    (name, bytes) -> replace(bytes, "Sunrise Garments", "Sunrise Garment$"));
            return entries;
        }), PackageRefusal.ENTRY_HASH);
    }

    @Test
    void aChangedAttachmentIsRefused() throws Exception {
        assertRefused(rewritten(entries -> {
            entries.replaceAll((name, bytes) -> name.startsWith("attachments/")
                    ? "other bytes".getBytes(StandardCharsets.UTF_8) : bytes);
            return entries;
        }), PackageRefusal.ENTRY_HASH);
    }

    @Test
    void aChangedManifestIsRefused() throws Exception {
        assertRefused(rewritten(entries -> {
            entries.computeIfPresent("manifest.json", (name, bytes) -> replace(bytes, "Field auditor", "Brand office"));
            return entries;
        }), PackageRefusal.SIGNATURE);
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        assertRefused(rewritten(entries -> {
            entries.put("manifest.sig", signedByAStranger(entries.get("manifest.json")));
            return entries;
        }), PackageRefusal.SIGNATURE);
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws Exception {
        assertRefused(rewritten(entries -> {
            entries.computeIfPresent("manifest.json",
                    (name, bytes) -> replace(bytes, "\"formatVersion\":1", "\"formatVersion\":99"));
            return entries;
        }), PackageRefusal.FORMAT_VERSION);
    }

    @Test
    void anEntryNotInTheManifestIsRefused() throws Exception {
        assertRefused(rewritten(entries -> {
            entries.put("records/audit_note.json", "[]".getBytes(StandardCharsets.UTF_8));
            return entries;
        }), PackageRefusal.ENTRY_NOT_LISTED);
    }

    @Test
    void aTruncatedPackageIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(genuine);
        Path truncated = Files.write(dir.resolve("truncated.fapkg"), Arrays.copyOf(whole, whole.length * 2 / 3));
        assertRefused(truncated, PackageRefusal.DAMAGED);
    }

    @Test
    void theGenuinePackageStillImports() {
        assertThat(receiver.exchange.importPackage(genuine, false, ProgressListener.NONE).unchanged()).isPositive();
    }

    private void assertRefused(Path file, PackageRefusal reason) throws Exception {
        assertThatThrownBy(() -> receiver.exchange.importPackage(file, true, ProgressListener.NONE))
                .isInstanceOf(PackageRefusedException.class)
                .hasMessageStartingWith(file.getFileName().toString())
                .extracting(e -> ((PackageRefusedException) e).reason()).isEqualTo(reason);
        assertThat(receiver.digestOfAllTables()).isEqualTo(digestBefore);
        try (var leftovers = Files.list(dir.resolve("receiver").resolve("work"))) {
            assertThat(leftovers).as("unpacked files are deleted").isEmpty();
        }
    }

    /** The genuine package with its entries changed, in the same order. */
    private Path rewritten(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(genuine.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        Path out = dir.resolve(UUID.randomUUID() + ".fapkg");
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : change.apply(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] signedByAStranger(byte[] manifest) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
            signature.update(manifest);
            return signature.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
