package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogTest {
    @TempDir
    Path dir;
    Store store;
    ChangeLog changeLog;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        changeLog = new ChangeLog(store.database);
    }

    @AfterEach
    void close() {
        store.close();
    }

    record LoggedEntry(long seq, String entityType, UUID recordId, String operation, UUID profileId,
                       String before, String after) {
    }

    @Test
    void everyInsertUpdateAndDeleteIsLoggedWithProfileAndBeforeAfter() throws Exception {
        Supplier supplier = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        Supplier renamed = store.suppliers.save(new Supplier(supplier.id(), "Sunrise Sdn Bhd", null, "MY", null,
                null, null, null, null, supplier.version()));
        RecruitmentAgency agency = store.suppliers.saveAgency(
                new RecruitmentAgency(UUID.randomUUID(), supplier.id(), "Kathmandu Manpower", "NP", "L-1", 0));
        store.suppliers.deleteAgency(agency.id());

        List<LoggedEntry> entries = entries();
        // entry 1: the profile the store created
        assertThat(entries).extracting(LoggedEntry::entityType, LoggedEntry::operation).containsExactly(
                tuple("profile", "INSERT"),
                tuple("supplier", "INSERT"),
                tuple("supplier", "UPDATE"),
                tuple("recruitment_agency", "INSERT"),
                tuple("recruitment_agency", "DELETE"));
        assertThat(entries).extracting(LoggedEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        UUID profileId = store.profiles.current().orElseThrow().id();
        assertThat(entries.subList(1, 5)).allMatch(e -> profileId.equals(e.profileId()));

        LoggedEntry update = entries.get(2);
        assertThat(update.recordId()).isEqualTo(supplier.id());
        JsonNode before = new ObjectMapper().readTree(update.before());
        JsonNode after = new ObjectMapper().readTree(update.after());
        assertThat(before.get("name").asText()).isEqualTo("Sunrise Garments");
        assertThat(before.get("version").asLong()).isEqualTo(1);
        assertThat(after.get("name").asText()).isEqualTo(renamed.name());
        assertThat(after.get("version").asLong()).isEqualTo(2);
        assertThat(entries.get(1).before()).isNull();
        assertThat(entries.get(4).after()).isNull();

        assertThat(changeLog.verify().isIntact()).isTrue();
        assertThat(changeLog.verify().entries()).isEqualTo(5);
        assertThat(changeLog.verify().message()).contains("5").doesNotStartWith("!");
    }

    @Test
    void aRefusedSaveLeavesNoEntry() {
        Supplier supplier = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        store.suppliers.save(supplier);
        try {
            store.suppliers.save(supplier);
        } catch (RuntimeException expected) {
            // stale version
        }
        assertThat(changeLog.verify()).isEqualTo(new ChangeLogVerification(3, 0, null, null));
    }

    @Test
    void tamperingWithAnEntryInSqlIsNamedByVerify() throws Exception {
        Supplier supplier = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        for (int i = 0; i < 5; i++) {
            supplier = store.suppliers.save(supplier);
        }
        assertThat(changeLog.verify().isIntact()).isTrue();

        sql("UPDATE change_log SET after_json = REPLACE(after_json, 'Sunrise', 'Sunset') WHERE seq = 4");

        ChangeLogVerification verification = changeLog.verify();
        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBroken()).hasValue(4);
        assertThat(verification.message()).contains("4").doesNotStartWith("!");
    }

    @Test
    void removingEntriesIsNamedByVerify() throws Exception {
        Supplier supplier = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        for (int i = 0; i < 4; i++) {
            supplier = store.suppliers.save(supplier);
        }
        sql("DELETE FROM change_log WHERE seq = 6");
        assertThat(changeLog.verify().firstBroken()).hasValue(6);

        sql("DELETE FROM change_log WHERE seq = 3");
        assertThat(changeLog.verify().firstBroken()).hasValue(3);
    }

    @Test
    void theChainContinuesAcrossRestarts() {
        store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        store.close();
        store = Store.open(dir);
        store.suppliers.save(Supplier.draft("Lotus Electronics", "TH"));

        assertThat(new ChangeLog(store.database).verify()).isEqualTo(new ChangeLogVerification(3, 0, null, null));
    }

    @Test
    void anEditBehindTheApplicationsBackIsNamedByVerify() throws Exception {
        Supplier supplier = store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        store.suppliers.save(supplier);
        assertThat(changeLog.verify().isIntact()).isTrue();

        sql("UPDATE supplier SET name = 'Sunset Garments' WHERE id = '" + supplier.id() + "'");

        ChangeLogVerification verification = changeLog.verify();
        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.firstBroken()).isEmpty();
        assertThat(verification.alteredRecord()).isEqualTo(supplier.id());
        assertThat(verification.message()).contains("supplier").contains(supplier.id().toString());
    }

    @Test
    void aRowRemovedBehindTheApplicationsBackIsNamedByVerify() throws Exception {
        store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        Supplier removed = store.suppliers.save(Supplier.draft("Lotus Electronics", "TH"));
        sql("DELETE FROM supplier WHERE id = '" + removed.id() + "'");

        assertThat(changeLog.verify().alteredRecord()).isEqualTo(removed.id());
    }

    @Test
    void aRowInsertedBehindTheApplicationsBackIsNamedByVerify() throws Exception {
        store.suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        UUID unlogged = UUID.randomUUID();
        sql("INSERT INTO supplier (id, name, country, version, created_at, updated_at) VALUES ('" + unlogged
                + "', 'Ghost Supplier', 'TH', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        assertThat(changeLog.verify().alteredRecord()).isEqualTo(unlogged);
    }

    private void sql(String sql) throws Exception {
        try (Connection connection = store.database.connection()) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private List<LoggedEntry> entries() throws Exception {
        List<LoggedEntry> entries = new ArrayList<>();
        try (Connection connection = store.database.connection();
             PreparedStatement statement = connection.prepareStatement("SELECT * FROM change_log ORDER BY seq");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                entries.add(new LoggedEntry(rs.getLong("seq"), rs.getString("entity_type"),
                        rs.getObject("record_id", UUID.class), rs.getString("operation"),
                        rs.getObject("profile_id", UUID.class), rs.getString("before_json"),
                        rs.getString("after_json")));
            }
        }
        return entries;
    }
}
