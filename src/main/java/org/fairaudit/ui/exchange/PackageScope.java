package org.fairaudit.ui.exchange;

import java.util.UUID;
import java.util.function.Function;
import org.fairaudit.service.PackageSelection;
import org.fairaudit.service.PeerInstallation;

/**
 * What an "Export package…" action sends, and the file name it proposes.
 *
 * @param selection the selection, given whether confidential fields go with it
 */
public record PackageScope(String defaultFileName, Function<Boolean, PackageSelection> selection) {
    public static final String FILE_SUFFIX = ".fapkg";

    public static PackageScope ofAudit(UUID audit, String supplierName) {
        return new PackageScope(fileName(supplierName, "audit"),
                confidential -> PackageSelection.ofAudit(audit, confidential));
    }

    public static PackageScope ofSupplier(UUID supplier, String supplierName) {
        return new PackageScope(fileName(supplierName, "supplier"),
                confidential -> PackageSelection.ofSupplier(supplier, confidential));
    }

    public static PackageScope changesSinceLastTo(PeerInstallation peer) {
        return new PackageScope(fileName(peer.name(), "changes"),
                confidential -> PackageSelection.changesSinceLastTo(peer.installationId(), confidential));
    }

    /** {@code <name>-<kind>.fapkg}, with characters that file systems refuse replaced. */
    static String fileName(String name, String kind) {
        String base = name == null || name.isBlank() ? "fairaudit" : name.trim();
        return base.replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + "-" + kind + FILE_SUFFIX;
    }
}
