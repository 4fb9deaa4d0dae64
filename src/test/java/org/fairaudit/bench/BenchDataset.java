package org.fairaudit.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.FeeCategory;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.ResponseResult;
import org.fairaudit.domain.Role;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.persistence.Database;
import org.fairaudit.persistence.JdbcCodeService;
import org.fairaudit.persistence.JdbcProfileService;

/**
 * A brand portfolio in a real, migrated H2 database for the benchmarks: 1,000 suppliers with workforce profiles,
 * migrant groups, agencies and two recruitment-fee records of migrant groups each, 5,000 audits with a response to every requirement of their code, the given number of
 * findings (about one in three with two requirements, 3 % naming a forced-labour indicator) with one or two
 * corrective actions each (due dates in the past and the future), and attachment metadata rows.
 *
 * <p>Rows go in with batched JDBC inserts, not through the services, so the change log stays empty: the dataset
 * measures reads and new writes, not the history of how it was made. The values are seeded, so every run of a size
 * makes the same portfolio. Other benchmarks call {@link #create(Path, int, List)}.
 */
public final class BenchDataset {
    public static final int SUPPLIERS = 1_000;
    public static final int AUDITS = 5_000;
    public static final int STANDARD_FINDINGS = 100_000;
    public static final int LARGE_FINDINGS = 500_000;
    /** The day the dataset's due dates are spread around: half the actions are overdue on it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final int BATCH = 5_000;
    private static final String[] COUNTRIES = {"MY", "TH", "VN", "BD", "IN", "KH", "CN", "TR", "MX", "QA"};
    private static final String[] ORIGINS = {"NP", "MM", "BD", "ID", "KH", "LA", "PH", "IN", "PK", "VN"};
    /** What a migrant worker of each origin typically pays to be placed abroad, in the currency paid. */
    private static final Map<String, Fee> TYPICAL_FEES = Map.of("NP", new Fee("NPR", 150_000),
            "MM", new Fee("MMK", 2_500_000), "BD", new Fee("BDT", 450_000), "ID", new Fee("IDR", 25_000_000),
            "KH", new Fee("USD", 800), "LA", new Fee("USD", 600), "PH", new Fee("PHP", 60_000),
            "IN", new Fee("INR", 120_000), "PK", new Fee("PKR", 350_000), "VN", new Fee("VND", 80_000_000));
    /** A month's wage in each country of production, in its currency. */
    private static final Map<String, Fee> MONTHLY_WAGES = Map.of("MY", new Fee("MYR", 1_700),
            "TH", new Fee("THB", 11_000), "VN", new Fee("VND", 5_500_000), "BD", new Fee("BDT", 12_500),
            "IN", new Fee("INR", 12_000), "KH", new Fee("USD", 210), "CN", new Fee("CNY", 2_600),
            "TR", new Fee("TRY", 17_000), "MX", new Fee("MXN", 7_500), "QA", new Fee("QAR", 1_000));
    private static final String[] SECTORS = {"Garments", "Electronics", "Palm oil", "Seafood", "Footwear", "Toys"};
    private static final String[] NAME_PARTS = {"Sunrise", "Lotus", "Golden", "Harbour", "Pearl", "Delta",
        "Summit", "Jade", "Orchid", "Coral", "Evergreen", "Silver"};
    private static final String[] PRODUCTS = {"Garments", "Electronics", "Textiles", "Plastics", "Foods", "Metals"};
    private static final String[] PRACTICES = {
        "Workers report paying recruitment fees of several months' wages to agents in their home country",
        "Passports of migrant workers are kept in the HR office and returned only on request with a supervisor",
        "Overtime exceeds 72 hours a week in peak season and is not paid at the premium rate in the contract",
        "Dormitory rooms house 16 workers with one toilet, no lockable storage and blocked fire exits",
        "Contracts are in a language migrant workers cannot read and differ from those signed before departure",
        "Wage deductions for housing and food leave some workers below the legal minimum wage",
        "Workers fear dismissal if they join the union; organisers were moved to night shifts"};

    /** Adds rows of tables other features own to a generated dataset. */
    @FunctionalInterface
    public interface Extension {
        void fill(Connection connection, Ids ids, Random random) throws SQLException;
    }

    private record Fee(String currency, int amount) {
    }

    /** The ids the dataset made, for extensions and benchmarks that pick rows. */
    public record Ids(List<UUID> suppliers, List<UUID> audits, List<UUID> findings, List<UUID> agencies) {
    }

    private BenchDataset() {
    }

    /** Creates (or replaces) the database {@code file} with the standard portfolio and {@code findings} findings. */
    public static Ids create(Path file, int findings) {
        return create(file, findings, List.of());
    }

    /** As {@link #create(Path, int)}, then lets each extension add its rows (recruitment-fee records, …). */
    public static Ids create(Path file, int findings, List<Extension> extensions) {
        try {
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            try (Database database = Database.openH2(file)) {
                // an administrator, so that every benchmark may read and write what it measures
                JdbcProfileService profiles = new JdbcProfileService(database);
                profiles.createAndUse("Benchmark administrator", Role.ADMINISTRATOR);
                CodeLibrary library = CodeLibrary.loadBuiltIn();
                new JdbcCodeService(database, library.codes(), library.crosswalk(), List.of(), profiles);
                try (Connection connection = database.connection(); BulkLoad load = new BulkLoad(connection)) {
                    connection.setAutoCommit(false);
                    Generator generator = new Generator(connection, library.codes(), new Random(20261128));
                    Ids ids = generator.fill(findings);
                    for (Extension extension : extensions) {
                        extension.fill(connection, ids, generator.random);
                        connection.commit();
                    }
                    return ids;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not generate the benchmark dataset in " + file, e);
        }
    }

    /** {@code BenchDataset FILE [findings]}: makes a dataset for running the app or a benchmark on it. */
    public static void main(String[] args) {
        int findings = args.length > 1 ? Integer.parseInt(args[1]) : STANDARD_FINDINGS;
        long start = System.nanoTime();
        create(Path.of(args[0]), findings);
        System.out.printf("dataset %s: %,d findings in %.1f s%n", args[0], findings, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Settings for a load: no foreign-key lookups (the generator makes every parent first), and the space of
     * replaced pages reused at once instead of after H2's retention time. {@link #close} restores both.
     */
    private static final class BulkLoad implements AutoCloseable {
        private final Statement statement;
        private final String retentionTime;

        BulkLoad(Connection connection) throws SQLException {
            statement = connection.createStatement();
            try (ResultSet setting = statement.executeQuery("SELECT setting_value FROM information_schema.settings"
                    + " WHERE setting_name = 'RETENTION_TIME'")) {
                retentionTime = setting.next() ? setting.getString(1) : "45000";
            }
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            statement.execute("SET RETENTION_TIME 0");
        }

        @Override
        public void close() throws SQLException {
            statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
            statement.execute("SET RETENTION_TIME " + Integer.parseInt(retentionTime));
            statement.getConnection().commit(); // settings are rows of the open transaction
            statement.close();
        }
    }

    /** One pass of batched inserts, committed every {@value #BATCH} parent rows. */
    private static final class Generator {
        private final Connection connection;
        private final List<CodeOfConduct> codes;
        private final Random random;
        private final OffsetDateTime stamp = OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC);

        Generator(Connection connection, List<CodeOfConduct> codes, Random random) {
            this.connection = connection;
            this.codes = codes;
            this.random = random;
        }

        Ids fill(int findingCount) throws SQLException {
            List<String> countries = new ArrayList<>();
            List<UUID> suppliers = suppliers(countries);
            List<UUID> agencies = workforceAndAgencies(suppliers, countries);
            List<UUID> audits = new ArrayList<>();
            List<UUID> auditSuppliers = new ArrayList<>();
            auditsWithResponses(suppliers, audits, auditSuppliers);
            List<UUID> findings = findingsWithActions(findingCount, audits, auditSuppliers);
            attachments(findings);
            connection.commit();
            return new Ids(suppliers, audits, findings, agencies);
        }

        private List<UUID> suppliers(List<String> countries) throws SQLException {
            List<UUID> ids = new ArrayList<>();
            try (Batch batch = new Batch("INSERT INTO supplier (id, name, os_id, country, address, sector, tier,"
                    + " parent_company, contact, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,1,?,?)")) {
                for (int i = 0; i < SUPPLIERS; i++) {
                    UUID id = uuid();
                    ids.add(id);
                    String country = pick(COUNTRIES);
                    countries.add(country);
                    batch.add(id, pick(NAME_PARTS) + " " + pick(PRODUCTS) + " " + (i + 1), "OS" + (1_000_000 + i),
                            country, (10 + i) + " Industrial Road, Zone " + random.nextInt(40), pick(SECTORS),
                            1 + random.nextInt(3), pick(NAME_PARTS) + " Holdings", "hr" + i + "@example.org",
                            stamp, stamp);
                }
                flush(batch);
            }
            return ids;
        }

        /** A workforce profile with one to three migrant groups, agencies, and two fee records of migrant groups. */
        private List<UUID> workforceAndAgencies(List<UUID> suppliers, List<String> countries) throws SQLException {
            List<UUID> agencies = new ArrayList<>();
            try (Batch workforce = new Batch("INSERT INTO workforce_profile (id, supplier_id, as_of, total_workers,"
                    + " women, agency_workers, young_workers, in_employer_housing, version, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,1,?,?)");
                 Batch groups = new Batch("INSERT INTO workforce_migrant_group (workforce_id, position,"
                         + " nationality, workers) VALUES (?,?,?,?)");
                 Batch agency = new Batch("INSERT INTO recruitment_agency (id, supplier_id, name, country,"
                         + " licence_number, version, created_at, updated_at) VALUES (?,?,?,?,?,1,?,?)");
                 Batch fee = new Batch("INSERT INTO recruitment_fee (id, supplier_id, nationality, agency_id,"
                         + " workers, amount_per_worker, currency, category, evidence, amount_repaid, monthly_wage,"
                         + " wage_currency, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)")) {
                for (int s = 0; s < suppliers.size(); s++) {
                    UUID supplier = suppliers.get(s);
                    UUID profile = uuid();
                    int total = 200 + random.nextInt(5_000);
                    workforce.add(profile, supplier, TODAY.minusDays(random.nextInt(700)), total, total / 2,
                            total / 5, random.nextInt(20), total / 3, stamp, stamp);
                    int groupCount = 1 + random.nextInt(3);
                    List<String> nationalities = new ArrayList<>();
                    for (int g = 0; g < groupCount; g++) {
                        String nationality = ORIGINS[(g * 3 + random.nextInt(ORIGINS.length)) % ORIGINS.length];
                        nationalities.add(nationality);
                        groups.add(profile, g, nationality, total / (4 + g));
                    }
                    List<UUID> ofSupplier = new ArrayList<>();
                    for (int a = 0; a < 1 + random.nextInt(3); a++) {
                        UUID id = uuid();
                        ofSupplier.add(id);
                        agency.add(id, supplier, pick(NAME_PARTS) + " Manpower Agency " + a, pick(ORIGINS),
                                "LIC-" + random.nextInt(1_000_000), stamp, stamp);
                    }
                    agencies.addAll(ofSupplier);
                    for (int f = 0; f < 2; f++) {
                        String nationality = nationalities.get(f % nationalities.size());
                        Fee typical = TYPICAL_FEES.get(nationality);
                        Fee wage = MONTHLY_WAGES.get(countries.get(s));
                        int workers = 5 + random.nextInt(total / (4 + f % nationalities.size()));
                        BigDecimal perWorker = BigDecimal.valueOf(typical.amount() / 2 + random.nextInt(typical.amount()));
                        // a third of the groups were repaid part of what they paid
                        BigDecimal repaid = random.nextInt(3) == 0 ? perWorker.multiply(BigDecimal.valueOf(
                                workers * (1 + random.nextInt(9)))).divide(BigDecimal.TEN) : null;
                        fee.add(uuid(), supplier, nationality, random.nextInt(4) == 0 ? null : pick(ofSupplier),
                                workers, perWorker, typical.currency(), f == 0 ? FeeCategory.SERVICE_FEES
                                        : pick(FeeCategory.values()), "Worker interviews and agency receipts",
                                repaid, BigDecimal.valueOf(wage.amount()), wage.currency(), stamp, stamp);
                    }
                }
                flush(workforce, groups, agency, fee);
            }
            return agencies;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private void auditsWithResponses(List<UUID> suppliers, List<UUID> audits, List<UUID> auditSuppliers)
                throws SQLException {
            try (Batch audit = new Batch("INSERT INTO audit (id, supplier_id, audit_type, announcement, start_date,"
                    + " end_date, lead_auditor, team, status, interviews_migrant, interviews_local, interviews_women,"
                    + " interviews_men, interviews_individual, interviews_group, version, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)");
                 Batch auditCode = new Batch("INSERT INTO audit_code (audit_id, position, code_id, code_version)"
                         + " VALUES (?,?,?,?)");
                 Batch response = new Batch("INSERT INTO response (id, audit_id, code_id, requirement_ref, result,"
                         + " notes, interview_notes, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,1,?,?)")) {
                for (int i = 0; i < AUDITS; i++) {
                    UUID id = uuid();
                    UUID supplier = suppliers.get(i % suppliers.size());
                    audits.add(id);
                    auditSuppliers.add(supplier);
                    LocalDate start = TODAY.minusDays(random.nextInt(1_000));
                    if (i % (BATCH / 50) == 0) {
                        flush(audit, auditCode, response); // ~50 responses per audit
                    }
                    audit.add(id, supplier, pick(AuditType.values()), pick(Announcement.values()), start,
                            start.plusDays(2), "Auditor " + random.nextInt(60), "Team " + random.nextInt(20),
                            pick(AuditStatus.values()), random.nextInt(30), random.nextInt(20), random.nextInt(25),
                            random.nextInt(25), random.nextInt(30), random.nextInt(5), stamp, stamp);
                    CodeOfConduct code = codes.get(i % codes.size());
                    auditCode.add(id, 0, code.id(), code.version());
                    for (Requirement requirement : code.requirements().toList()) {
                        ResponseResult result = random.nextInt(10) < 7 ? ResponseResult.COMPLIANT
                                : pick(ResponseResult.values());
                        response.add(uuid(), id, code.id(), requirement.ref(), result,
                                "Checked payroll and contracts of " + random.nextInt(40) + " workers", null,
                                stamp, stamp);
                    }
                }
                flush(audit, auditCode, response);
            }
        }

        private List<UUID> findingsWithActions(int count, List<UUID> audits, List<UUID> auditSuppliers)
                throws SQLException {
            List<UUID> ids = new ArrayList<>(count);
            try (Batch finding = new Batch("INSERT INTO finding (id, supplier_id, audit_id, severity, description,"
                    + " evidence, workers_affected, scope, root_cause, status, raised_on, version, created_at,"
                    + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?)");
                 Batch requirement = new Batch("INSERT INTO finding_requirement (finding_id, position, code_id,"
                         + " requirement_ref) VALUES (?,?,?,?)");
                 Batch indicator = new Batch("INSERT INTO finding_indicator (finding_id, indicator) VALUES (?,?)");
                 Batch action = new Batch("INSERT INTO corrective_action (id, finding_id, action, owner, due_date,"
                         + " status, verification_method, version, created_at, updated_at)"
                         + " VALUES (?,?,?,?,?,?,?,1,?,?)")) {
                for (int i = 0; i < count; i++) {
                    if (i % BATCH == 0) {
                        flush(finding, requirement, indicator, action);
                    }
                    UUID id = uuid();
                    ids.add(id);
                    int audit = random.nextInt(audits.size());
                    CodeOfConduct code = codes.get(audit % codes.size());
                    List<Requirement> requirements = code.requirements().toList();
                    Severity severity = random.nextInt(50) == 0 ? Severity.GOOD_PRACTICE
                            : pick(new Severity[] {Severity.ZERO_TOLERANCE, Severity.MAJOR, Severity.MAJOR,
                                Severity.MINOR, Severity.MINOR, Severity.OBSERVATION});
                    finding.add(id, auditSuppliers.get(audit), audits.get(audit), severity,
                            pick(PRACTICES) + ". Seen in " + (1 + random.nextInt(12)) + " of the interviews on line "
                                    + random.nextInt(80) + "; management says the agent is responsible.",
                            "Payslips, contracts and worker interviews", random.nextInt(400), pick(Scope.values()),
                            "Reliance on sub-agents in the country of origin", pick(FindingStatus.values()),
                            TODAY.minusDays(random.nextInt(1_000)), stamp, stamp);
                    int breached = random.nextInt(3) == 0 ? 2 : 1;
                    for (int r = 0; r < breached; r++) {
                        requirement.add(id, r, code.id(), requirements.get(random.nextInt(requirements.size())).ref());
                    }
                    if (random.nextInt(100) < 3) {
                        indicator.add(id, pick(ForcedLabourIndicator.values()).id());
                    }
                    for (int a = 0; a < 1 + random.nextInt(2); a++) {
                        action.add(uuid(), id, "Repay the recruitment fees and stop using the agent", "HR manager",
                                TODAY.plusDays(random.nextInt(240) - 120), pick(ActionStatus.values()),
                                "Payroll review and worker interviews", stamp, stamp);
                    }
                }
                flush(finding, requirement, indicator, action);
            }
            return ids;
        }

        /** Metadata rows of evidence photos on one finding in twenty; a handful of shared contents. */
        private void attachments(List<UUID> findings) throws SQLException {
            List<String> contents = new ArrayList<>();
            try (Batch content = new Batch("INSERT INTO attachment_content (sha256, size_bytes, content, created_at)"
                    + " VALUES (?,?,?,?)")) {
                for (int c = 0; c < 20; c++) {
                    String sha = String.format("%064x", c + 1);
                    contents.add(sha);
                    content.add(sha, 1024, new byte[1024], stamp);
                }
                flush(content);
            }
            try (Batch attachment = new Batch("INSERT INTO attachment (id, owner_id, file_name, media_type,"
                    + " size_bytes, sha256, added_at, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,1,?,?)")) {
                for (int i = 0; i < findings.size(); i += 20) {
                    attachment.add(uuid(), findings.get(i), "dormitory-" + i + ".jpg", "image/jpeg", 1024,
                            contents.get(random.nextInt(contents.size())), stamp, stamp, stamp);
                }
                flush(attachment);
            }
        }

        private UUID uuid() {
            return new UUID(random.nextLong(), random.nextLong());
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        /** Executes the batches, parents before children (foreign keys), and commits them. */
        private void flush(Batch... parentsFirst) throws SQLException {
            for (Batch batch : parentsFirst) {
                batch.statement.executeBatch();
            }
            connection.commit();
        }

        /** A prepared insert whose rows wait for {@link #flush}. */
        private final class Batch implements AutoCloseable {
            private final PreparedStatement statement;

            Batch(String sql) throws SQLException {
                statement = connection.prepareStatement(sql);
            }

            void add(Object... values) throws SQLException {
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    statement.setObject(i + 1, value instanceof Enum<?> e ? e.name() : value);
                }
                statement.addBatch();
            }

            @Override
            public void close() throws SQLException {
                statement.close();
            }
        }
    }
}
