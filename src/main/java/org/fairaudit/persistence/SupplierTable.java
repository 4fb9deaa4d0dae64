package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.Supplier;

final class SupplierTable implements RecordTable<Supplier> {
    static final SupplierTable INSTANCE = new SupplierTable();

    static final RowMapper<Supplier> MAPPER = row -> new Supplier(row.uuid("id"), row.string("name"),
            row.string("os_id"), row.string("country"), row.string("address"), row.string("sector"),
            row.integerOrNull("tier"), row.string("parent_company"), row.string("contact"), row.longValue("version"));

    @Override
    public String table() {
        return "supplier";
    }

    @Override
    public UUID id(Supplier supplier) {
        return supplier.id();
    }

    @Override
    public long version(Supplier supplier) {
        return supplier.version();
    }

    @Override
    public Supplier withVersion(Supplier s, long version) {
        return new Supplier(s.id(), s.name(), s.osId(), s.country(), s.address(), s.sector(), s.tier(),
                s.parentCompany(), s.contact(), version);
    }

    @Override
    public Map<String, Object> columns(Supplier s) {
        return Columns.of("name", s.name(), "os_id", blankToNull(s.osId()), "country", s.country(),
                "address", s.address(), "sector", s.sector(), "tier", s.tier(),
                "parent_company", s.parentCompany(), "contact", s.contact());
    }

    @Override
    public Optional<Supplier> find(Tx tx, UUID id) throws SQLException {
        return tx.one("SELECT * FROM supplier WHERE id = ?", MAPPER, id);
    }

    @Override
    public Map<UUID, Supplier> findAll(Tx tx, List<UUID> ids) throws SQLException {
        return RecordTable.findAllRows(tx, table(), ids, MAPPER);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
