package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.MigrantGroup;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.Violation;
import org.fairaudit.domain.WorkforceProfile;
import org.fairaudit.service.ConcurrentEditException;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSupplierServiceTest {
    @TempDir
    Path dir;
    Database database;
    JdbcProfileService profiles;
    JdbcSupplierService suppliers;

    @BeforeEach
    void open() {
        database = Database.openH2(dir.resolve("fairaudit"));
        profiles = new JdbcProfileService(database);
        profiles.createAndUse("Auditor", Role.AUDITOR);
        suppliers = new JdbcSupplierService(database, profiles);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void insertsUpdatesAndFindsSuppliers() {
        Supplier saved = suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        assertThat(saved.version()).isEqualTo(1);

        Supplier renamed = suppliers.save(new Supplier(saved.id(), "Sunrise Garments Sdn Bhd", "MY2019303BQ3FZP",
                "MY", "Penang", "Apparel", 1, "Sunrise Group", "hr@example.org", saved.version()));

        assertThat(renamed.version()).isEqualTo(2);
        assertThat(suppliers.find(saved.id())).contains(renamed);
    }

    @Test
    void searchMatchesNameCountryOsIdOrSectorIgnoringCase() {
        suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        suppliers.save(Supplier.draft("alpha Electronics", "TH"));
        suppliers.save(Supplier.draft("100% Cotton_Mill", "BD"));

        assertThat(suppliers.search("")).extracting(Supplier::name)
                .containsExactly("100% Cotton_Mill", "alpha Electronics", "Sunrise Garments");
        assertThat(suppliers.search("SUNRISE")).extracting(Supplier::name).containsExactly("Sunrise Garments");
        assertThat(suppliers.search("th")).extracting(Supplier::name).containsExactly("alpha Electronics");
        assertThat(suppliers.search("0%")).extracting(Supplier::name).containsExactly("100% Cotton_Mill");
        assertThat(suppliers.search("a_e")).as("_ is not a wildcard").isEmpty();
    }

    @Test
    void staleVersionIsRefused() {
        Supplier saved = suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        suppliers.save(saved);

        assertThatThrownBy(() -> suppliers.save(saved)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageNotContaining("!db.");
    }

    @Test
    void insertingTheSameRecordTwiceIsAConcurrentEdit() {
        Supplier draft = Supplier.draft("Sunrise Garments", "MY");
        suppliers.save(draft);

        assertThatThrownBy(() -> suppliers.save(draft)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void invalidSupplierIsRefusedWithTheFieldsNamed() {
        assertThatThrownBy(() -> suppliers.save(Supplier.draft("", "Malaysia")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name", "country"));
        assertThat(suppliers.search("")).isEmpty();
    }

    @Test
    void latestWorkforceProfileKeepsMigrantGroupsInOrder() {
        Supplier supplier = suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        suppliers.saveWorkforce(new WorkforceProfile(UUID.randomUUID(), supplier.id(), LocalDate.of(2025, 1, 1),
                100, 50, 10, 0, 20, List.of(new MigrantGroup("NP", 30)), 0));
        WorkforceProfile latest = suppliers.saveWorkforce(new WorkforceProfile(UUID.randomUUID(), supplier.id(),
                LocalDate.of(2026, 1, 1), 120, 60, 12, 1, 25,
                List.of(new MigrantGroup("NP", 40), new MigrantGroup("BD", 20), new MigrantGroup("MM", 5)), 0));

        WorkforceProfile updated = suppliers.saveWorkforce(new WorkforceProfile(latest.id(), supplier.id(),
                latest.asOf(), 120, 60, 12, 1, 25, List.of(new MigrantGroup("BD", 21)), latest.version()));

        assertThat(suppliers.latestWorkforce(supplier.id())).contains(updated);
        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void workforceCountsAreValidated() {
        Supplier supplier = suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        WorkforceProfile tooManyMigrants = new WorkforceProfile(UUID.randomUUID(), supplier.id(),
                LocalDate.of(2026, 1, 1), 10, 5, 0, 0, 0, List.of(new MigrantGroup("NP", 11)), 0);

        assertThatThrownBy(() -> suppliers.saveWorkforce(tooManyMigrants)).isInstanceOf(ValidationException.class);
    }

    @Test
    void agenciesAreSavedListedAndDeleted() {
        Supplier supplier = suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        RecruitmentAgency agency = suppliers.saveAgency(
                new RecruitmentAgency(UUID.randomUUID(), supplier.id(), "Kathmandu Manpower", "NP", "L-1", 0));
        RecruitmentAgency relicensed = suppliers.saveAgency(new RecruitmentAgency(agency.id(), supplier.id(),
                agency.name(), "NP", "L-2", agency.version()));

        assertThat(suppliers.agencies(supplier.id())).containsExactly(relicensed);
        assertThatThrownBy(() -> suppliers.saveAgency(agency)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> suppliers.saveAgency(new RecruitmentAgency(UUID.randomUUID(), supplier.id(), "",
                "XX", null, 0))).isInstanceOf(ValidationException.class);

        suppliers.deleteAgency(agency.id());
        suppliers.deleteAgency(agency.id());
        assertThat(suppliers.agencies(supplier.id())).isEmpty();
    }

    @Test
    void changesAreStampedWithTheCurrentProfile() throws Exception {
        Supplier saved = suppliers.save(Supplier.draft("Sunrise Garments", "MY"));
        try (var connection = database.connection();
             var statement = connection.prepareStatement("SELECT updated_by FROM supplier WHERE id = ?")) {
            statement.setObject(1, saved.id());
            try (var resultSet = statement.executeQuery()) {
                resultSet.next();
                assertThat(resultSet.getObject(1, UUID.class)).isEqualTo(profiles.current().orElseThrow().id());
            }
        }
    }
}
