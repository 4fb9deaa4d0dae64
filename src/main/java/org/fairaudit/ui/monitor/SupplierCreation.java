package org.fairaudit.ui.monitor;

import java.util.Optional;
import org.fairaudit.domain.Supplier;

/** Opens the supplier form for a supplier not yet in the list; the stored supplier, or empty when cancelled. */
@FunctionalInterface
interface SupplierCreation {
    Optional<Supplier> create();
}
