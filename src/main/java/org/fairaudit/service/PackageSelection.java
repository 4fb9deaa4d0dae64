package org.fairaudit.service;

import java.util.Set;
import java.util.UUID;

/**
 * What goes into a package: audits (with their supplier, responses, findings and actions), suppliers with their
 * whole history, and/or everything changed since the last package to one installation.
 *
 * @param sinceLastTo          the recipient whose last package sets the starting point, or {@code null}
 * @param includeConfidential  carry interview notes, worker pseudonyms and reporter identities
 */
public record PackageSelection(Set<UUID> audits, Set<UUID> suppliers, UUID sinceLastTo, boolean includeConfidential) {
    public PackageSelection {
        audits = Set.copyOf(audits);
        suppliers = Set.copyOf(suppliers);
    }

    public static PackageSelection ofAudit(UUID audit, boolean includeConfidential) {
        return new PackageSelection(Set.of(audit), Set.of(), null, includeConfidential);
    }

    public static PackageSelection ofSupplier(UUID supplier, boolean includeConfidential) {
        return new PackageSelection(Set.of(), Set.of(supplier), null, includeConfidential);
    }

    public static PackageSelection changesSinceLastTo(UUID recipient, boolean includeConfidential) {
        return new PackageSelection(Set.of(), Set.of(), recipient, includeConfidential);
    }

    /** Neither audits nor suppliers named: every record (narrowed by {@link #sinceLastTo}). */
    public boolean everything() {
        return audits.isEmpty() && suppliers.isEmpty();
    }
}
