package org.fairaudit.service;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Optional;
import org.fairaudit.i18n.Messages;

/**
 * Whether an export may carry the confidential fields (interview notes, worker pseudonyms): either
 * {@link #redacted()}, the default, or {@link #encryptedWith(char[]) included in a file encrypted with a password}.
 * There is no third way, so confidential fields never leave FairAudit in a file that opens without a password.
 *
 * <p>The password array belongs to this object once given: the export wipes it when it ends, whatever the outcome
 * ({@link ReportService#exportAudit}). {@link #toString()} never shows it.
 */
public final class ConfidentialExport {
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final ConfidentialExport REDACTED = new ConfidentialExport(null);

    private final char[] password;
    private volatile boolean wiped;

    private ConfidentialExport(char[] password) {
        this.password = password;
    }

    /** Confidential fields are left out; the file is not encrypted. */
    public static ConfidentialExport redacted() {
        return REDACTED;
    }

    /**
     * Confidential fields are included and the file is encrypted with {@code password}.
     *
     * @throws IllegalArgumentException with a message for the user when the password is too short; the given
     *                                  array is wiped then too
     */
    public static ConfidentialExport encryptedWith(char[] password) {
        Optional<String> problem = passwordProblem(CharBuffer.wrap(password));
        if (problem.isPresent()) {
            Arrays.fill(password, '\0');
            throw new IllegalArgumentException(problem.get());
        }
        return new ConfidentialExport(password);
    }

    /** Why a password cannot protect an export, in the user's language; empty when it can. */
    public static Optional<String> passwordProblem(CharSequence password) {
        return password.length() < MIN_PASSWORD_LENGTH
                ? Optional.of(Messages.get("report.password.tooShort", MIN_PASSWORD_LENGTH))
                : Optional.empty();
    }

    public boolean includesConfidential() {
        return password != null;
    }

    /**
     * The password itself, for the encryption only.
     *
     * @throws IllegalStateException when redacted or already wiped: a wiped password would encrypt with zeros
     */
    public char[] password() {
        if (password == null || wiped) {
            throw new IllegalStateException("No password to encrypt with");
        }
        return password;
    }

    /** Overwrites the password in memory. */
    public void wipe() {
        if (password != null) {
            wiped = true;
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return includesConfidential() ? "ConfidentialExport[included, encrypted]" : "ConfidentialExport[redacted]";
    }
}
