package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.CorrectiveAction;
import org.fairaudit.domain.Finding;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Response;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.WorkforceProfile;

/**
 * The kinds of record packages carry, in the order they are written and merged: a record comes after those it
 * refers to. Profiles come last because the records reached decide which profiles stamped them.
 */
final class PackagedTypes {
    static final List<PackagedType<?>> ALL = List.of(
            new Simple<>(SupplierTable.INSTANCE, Supplier.class, "id", ExportScope::suppliers),
            new Simple<>(WorkforceTable.INSTANCE, WorkforceProfile.class, "supplier_id", ExportScope::suppliers),
            new Simple<>(AgencyTable.INSTANCE, RecruitmentAgency.class, "supplier_id", ExportScope::suppliers),
            new Simple<>(AuditTable.INSTANCE, Audit.class, "id", ExportScope::audits),
            new PackagedResponses(),
            new PackagedFindings(),
            new Simple<>(ActionTable.INSTANCE, CorrectiveAction.class, "finding_id", ExportScope::findings),
            new PackagedAttachments(),
            new PackagedProfiles());

    private static final Map<String, PackagedType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toMap(PackagedType::name, Function.identity()));

    private PackagedTypes() {
    }

    static Optional<PackagedType<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** A kind with no confidential fields, reached through one column matched against one set of the scope. */
    private static final class Simple<T> extends PackagedType<T> {
        private final String column;
        private final Function<ExportScope, UUID[]> ids;

        Simple(RecordTable<T> table, Class<T> recordClass, String column, Function<ExportScope, UUID[]> ids) {
            super(table, recordClass);
            this.column = column;
            this.ids = ids;
        }

        @Override
        List<UUID> ids(Tx tx, ExportScope scope, Collection<UUID> reached) throws SQLException {
            return idsWhere(tx, name(), scope, column, ids.apply(scope));
        }
    }

    /** Profiles go by name and role only, and only those that stamped a record in the package. */
    private static final class PackagedProfiles extends PackagedType<Profile> {
        PackagedProfiles() {
            super(ProfileTable.INSTANCE, Profile.class);
        }

        @Override
        List<UUID> ids(Tx tx, ExportScope scope, Collection<UUID> reached) throws SQLException {
            return List.of(); // decided by the stamps of the records reached, see PackageExport
        }
    }
}
