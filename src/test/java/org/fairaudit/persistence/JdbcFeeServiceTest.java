package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.domain.RecruitmentFee;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Supplier;
import org.fairaudit.domain.Violation;
import org.fairaudit.service.AccessDeniedException;
import org.fairaudit.service.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcFeeServiceTest {
    @TempDir
    Path dir;
    Database database;
    JdbcProfileService profiles;
    JdbcFeeService fees;
    Supplier supplier;
    RecruitmentAgency agency;

    @BeforeEach
    void open() {
        database = Database.openH2(dir.resolve("fairaudit"));
        profiles = new JdbcProfileService(database);
        profiles.createAndUse("Auditor", Role.AUDITOR);
        JdbcSupplierService suppliers = new JdbcSupplierService(database, profiles);
        supplier = suppliers.save(Supplier.draft("Perak Precision", "MY"));
        agency = suppliers.saveAgency(new RecruitmentAgency(UUID.randomUUID(), supplier.id(), "Himalayan Manpower",
                "NP", null, 0));
        fees = new JdbcFeeService(database, profiles);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private RecruitmentFee nepaliServiceFee(String repaid) {
        return new RecruitmentFee(UUID.randomUUID(), supplier.id(), "NP", agency.id(), 40, new BigDecimal("150000.50"),
                "NPR", FeeCategory.SERVICE_FEES, "Receipts", new BigDecimal(repaid), new BigDecimal("1700"), "MYR", 0);
    }

    @Test
    void storesExactDecimalsAndWritesTheChangeLog() throws Exception {
        RecruitmentFee saved = fees.save(nepaliServiceFee("1000000.25"));
        RecruitmentFee repaidMore = fees.save(new RecruitmentFee(saved.id(), saved.supplierId(), saved.nationality(),
                saved.agencyId(), saved.workers(), saved.amountPerWorker(), saved.currency(), saved.category(),
                saved.evidence(), new BigDecimal("2000000"), saved.monthlyWage(), saved.wageCurrency(), saved.version()));

        RecruitmentFee stored = fees.fees(supplier.id()).get(0);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.amountPerWorker()).isEqualByComparingTo("150000.50");
        assertThat(stored.amountRepaid()).isEqualByComparingTo("2000000");
        assertThat(stored.agencyId()).isEqualTo(agency.id());
        assertThat(repaidMore.version()).isEqualTo(2);
        assertThat(changeLogOperations(saved.id())).containsExactly("INSERT", "UPDATE");

        fees.delete(saved.id());
        assertThat(fees.fees(supplier.id())).isEmpty();
        assertThat(changeLogOperations(saved.id())).containsExactly("INSERT", "UPDATE", "DELETE");
    }

    @Test
    void refusesInvalidRecordsWithTheFieldNamed() {
        assertThatThrownBy(() -> fees.save(nepaliServiceFee("6000020.01")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations())
                .isEqualTo(List.of(new Violation("repaid", "validation.fees.repaidExceedsPaid")));
        assertThat(fees.fees(supplier.id())).isEmpty();
    }

    @Test
    void exposureComesFromTheStoredRecords() {
        fees.save(nepaliServiceFee("1000000"));
        assertThat(fees.exposure(supplier.id(), null).totals().get("NPR").owed()).isEqualByComparingTo("5000020.00");
    }

    @Test
    void aMonitorMayNeitherReadNorEditFees() {
        profiles.createAndUse("Monitor", Role.MONITOR);
        assertThatThrownBy(() -> fees.fees(supplier.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fees.save(nepaliServiceFee("0"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fees.delete(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fees.exposure(supplier.id(), null)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> changeLogOperations(UUID recordId) throws Exception {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT operation FROM change_log WHERE record_id = ? AND entity_type = 'recruitment_fee' ORDER BY seq")) {
            statement.setObject(1, recordId);
            List<String> operations = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    operations.add(rows.getString(1));
                }
            }
            return operations;
        }
    }
}
