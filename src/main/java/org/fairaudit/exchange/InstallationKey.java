package org.fairaudit.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * This installation's Ed25519 signing key (JDK built-in), made on first use and kept in a file beside the database:
 * the private key (PKCS#8) and the public key (X.509), Base64, one per line, readable by the owner only.
 */
public final class InstallationKey {
    private static final String ALGORITHM = "Ed25519";

    private final KeyPair pair;

    private InstallationKey(KeyPair pair) {
        this.pair = pair;
    }

    /** Loads the key kept in {@code file}, or makes one and keeps it there. */
    public static synchronized InstallationKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return new InstallationKey(read(file));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            write(file, pair);
            return new InstallationKey(pair);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 key unusable: " + file, e);
        }
    }

    public String publicKeyText() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    public String fingerprint() {
        return fingerprint(publicKeyText());
    }

    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(pair.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** SHA-256 of the encoded public key, hex in groups of four for reading aloud over the phone. */
    public static String fingerprint(String publicKeyText) {
        String hex = HexFormat.of().formatHex(RecordJson.sha256().digest(Base64.getDecoder().decode(publicKeyText)));
        return String.join(" ", hex.split("(?<=\\G.{4})"));
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code data} by the key in {@code publicKeyText}. */
    static boolean verifies(String publicKeyText, byte[] data, byte[] signatureBytes) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyText)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        if (lines.size() < 2) {
            throw new GeneralSecurityException("Key file incomplete");
        }
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        return new KeyPair(
                factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
    }

    /** Written to a temporary file then moved, so that a crash never leaves half a key. */
    private static void write(Path file, KeyPair pair) throws IOException {
        Base64.Encoder base64 = Base64.getEncoder();
        String text = base64.encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + base64.encodeToString(pair.getPublic().getEncoded()) + "\n";
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "key", ".tmp");
        try {
            ownerOnly(temp);
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
