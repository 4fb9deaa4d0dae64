package org.fairaudit.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.fairaudit.domain.ActionStatus;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.domain.FeeExposure;
import org.fairaudit.domain.FindingStatus;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.ForcedLabourRisk;
import org.fairaudit.domain.Grade;
import org.fairaudit.domain.Permission;
import org.fairaudit.domain.Scope;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Supplier;
import org.fairaudit.service.AuditService;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.PortfolioRows.ActionLine;
import org.fairaudit.service.PortfolioRows.CountryTopicCounts;
import org.fairaudit.service.PortfolioRows.FindingLine;
import org.fairaudit.service.PortfolioRows.SupplierLine;
import org.fairaudit.service.PortfolioSource;
import org.fairaudit.service.ProfileService;

/**
 * Streams the portfolio from the database, one row at a time. Findings and actions come from one query per sheet,
 * prepared once on one connection and run supplier by supplier through the supplier index: sorting the whole
 * portfolio instead cost 4.6 x the baseline at 100,000 findings (docs/decisions/0015). The country x topic matrix
 * reads the findings' requirements the same way; the per-supplier figures come from small grouped queries.
 * Portable SQL (H2 and PostgreSQL): ARRAY_AGG, no LISTAGG.
 */
public final class JdbcPortfolioSource implements PortfolioSource {
    private static final String RATED_AUDIT = EnumSql.inList(AuditStatus.class,
            s -> s == AuditStatus.SUBMITTED || s == AuditStatus.ACCEPTED);

    /** Suppliers in the order of the Suppliers sheet. */
    private static final String BY_SUPPLIER = " ORDER BY LOWER(s.name), s.id";
    private static final String FINDINGS = "SELECT f.*, s.name AS supplier_name, s.country AS supplier_country,"
            + " a.start_date AS audit_start,"
            + " (SELECT ARRAY_AGG(c.code_id || ':' || c.requirement_ref ORDER BY c.position)"
            + " FROM finding_requirement c WHERE c.finding_id = f.id) AS requirement_keys,"
            + " (SELECT ARRAY_AGG(i.indicator ORDER BY i.indicator)"
            + " FROM finding_indicator i WHERE i.finding_id = f.id) AS indicator_ids"
            + " FROM finding f JOIN supplier s ON s.id = f.supplier_id LEFT JOIN audit a ON a.id = f.audit_id"
            + " WHERE 1 = 1";
    private static final String ACTIONS = "SELECT f.id AS finding_id, f.severity, f.description,"
            + " s.name AS supplier_name, s.country AS supplier_country, x.*"
            + " FROM corrective_action x JOIN finding f ON f.id = x.finding_id JOIN supplier s ON s.id = f.supplier_id"
            + " WHERE 1 = 1";
    /**
     * Rows of one finding come together, so that its topics are counted once each. Run supplier by supplier: over
     * the whole portfolio, no index gave that order and H2 sorted every requirement of every finding.
     */
    private static final String FINDING_REQUIREMENTS = "SELECT c.finding_id, c.code_id, c.requirement_ref, s.country"
            + " FROM finding_requirement c JOIN finding f ON f.id = c.finding_id JOIN supplier s ON s.id = f.supplier_id"
            + " WHERE f.supplier_id = ?";

    private final Jdbc jdbc;
    private final ProfileService profiles;
    private final AuditService audits;
    private final Clock clock;

    /** @param audits rates the latest rated audit of each supplier, by the same rules as its audit report */
    public JdbcPortfolioSource(Database database, ProfileService profiles, AuditService audits, Clock clock) {
        this.jdbc = new Jdbc(database, () -> null);
        this.profiles = profiles;
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    public long rowCount(PortfolioFilter filter) {
        profiles.require(Permission.EXPORT_PORTFOLIO);
        Bounds bounds = new Bounds(filter);
        // without filters, COUNT(*) over one table needs no scan
        return jdbc.read(tx -> (long) tx.count("SELECT COUNT(*) AS n FROM finding f" + bounds.supplierJoin()
                + " WHERE 1 = 1" + bounds.supplierAndDates(), bounds.supplierAndDateParams())
                + tx.count("SELECT COUNT(*) AS n FROM corrective_action x"
                + (bounds.any() ? " JOIN finding f ON f.id = x.finding_id" + bounds.supplierJoin() : "")
                + " WHERE 1 = 1" + bounds.supplierAndDates(), bounds.supplierAndDateParams()));
    }

    @Override
    public void suppliers(PortfolioFilter filter, Consumer<SupplierLine> sink) {
        profiles.require(Permission.EXPORT_PORTFOLIO);
        Bounds bounds = new Bounds(filter);
        LocalDate today = LocalDate.now(clock);
        Figures figures = jdbc.read(tx -> Figures.read(tx, bounds, today));
        for (Supplier supplier : suppliersOf(bounds)) {
            Optional<Grade> grade = Optional.ofNullable(figures.latestRatedAudit.get(supplier.id()))
                    .flatMap(id -> audits.rating(id).grade());
            Map<Severity, Integer> open = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                open.put(severity, figures.open.getOrDefault(supplier.id(), Map.of()).getOrDefault(severity, 0));
            }
            sink.accept(new SupplierLine(supplier, grade, figures.ratedOn.get(supplier.id()), open,
                    figures.overdue.getOrDefault(supplier.id(), 0),
                    ForcedLabourRisk.of(figures.indicators.getOrDefault(supplier.id(), Set.of()), figures.strong),
                    owed(figures.fees.getOrDefault(supplier.id(), List.of()))));
        }
    }

    private static Map<String, BigDecimal> owed(List<org.fairaudit.domain.RecruitmentFee> fees) {
        Map<String, BigDecimal> owed = new TreeMap<>();
        FeeExposure.of(fees).totals().forEach((currency, totals) -> owed.put(currency, totals.owed()));
        return owed;
    }

    @Override
    public void findings(PortfolioFilter filter, Consumer<FindingLine> sink) {
        profiles.require(Permission.EXPORT_PORTFOLIO);
        Bounds bounds = new Bounds(filter);
        List<Object[]> perSupplier = bounds.perSupplier(suppliersOf(bounds));
        jdbc.read(tx -> {
            tx.scanEach(FINDINGS + " AND f.supplier_id = ?" + bounds.dates() + " ORDER BY f.raised_on, f.created_at, f.id",
                    perSupplier, row -> {
                sink.accept(new FindingLine(row.uuid("id"), row.string("supplier_name"), row.string("supplier_country"),
                        row.date("audit_start"), row.date("raised_on"), strings(row, "requirement_keys"),
                        row.enumValue(Severity.class, "severity"), row.enumValue(FindingStatus.class, "status"),
                        row.string("description"), row.string("evidence"), row.integerOrNull("workers_affected"),
                        row.enumValue(Scope.class, "scope"), indicators(strings(row, "indicator_ids")),
                        row.string("root_cause")));
                return true;
            });
            return null;
        });
    }

    @Override
    public void actions(PortfolioFilter filter, Consumer<ActionLine> sink) {
        profiles.require(Permission.EXPORT_PORTFOLIO);
        Bounds bounds = new Bounds(filter);
        List<Object[]> perSupplier = bounds.perSupplier(suppliersOf(bounds));
        jdbc.read(tx -> {
            tx.scanEach(ACTIONS + " AND f.supplier_id = ?" + bounds.dates() + " ORDER BY x.due_date, f.id, x.id",
                    perSupplier, row -> {
                sink.accept(new ActionLine(row.uuid("finding_id"), row.string("supplier_name"),
                        row.string("supplier_country"), row.enumValue(Severity.class, "severity"),
                        row.string("description"), row.string("action"), row.string("owner"), row.date("due_date"),
                        row.enumValue(ActionStatus.class, "status"), row.string("verification_method"),
                        row.date("verified_on"), row.string("verifier")));
                return true;
            });
            return null;
        });
    }

    @Override
    public CountryTopicCounts countryTopicCounts(PortfolioFilter filter) {
        profiles.require(Permission.EXPORT_PORTFOLIO);
        Bounds bounds = new Bounds(filter);
        List<Object[]> perSupplier = bounds.perSupplier(suppliersOf(bounds));
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        jdbc.read(tx -> {
            // a few hundred requirements, parsed once; every version of a code counts, as in the join they replace
            Map<String, List<String>> topicsOf = new HashMap<>();
            tx.scan("SELECT code_id, ref, topics FROM requirement", row -> {
                topicsOf.computeIfAbsent(row.string("code_id") + ':' + row.string("ref"), key -> new ArrayList<>())
                        .addAll(Json.readStringList(row.string("topics")));
                return true;
            });
            TopicsOfFinding current = new TopicsOfFinding();
            tx.scanEach(FINDING_REQUIREMENTS + bounds.dates() + " ORDER BY c.finding_id", perSupplier, row -> {
                current.next(row.uuid("finding_id"), counts);
                current.country = row.string("country");
                current.topics.addAll(topicsOf.getOrDefault(row.string("code_id") + ':'
                        + row.string("requirement_ref"), List.of()));
                return true;
            });
            current.next(null, counts);
            return null;
        });
        return new CountryTopicCounts(counts);
    }

    private List<Supplier> suppliersOf(Bounds bounds) {
        return jdbc.read(tx -> tx.list("SELECT * FROM supplier s WHERE 1 = 1" + bounds.supplier() + BY_SUPPLIER,
                SupplierTable.MAPPER, bounds.supplierParams()));
    }

    /** The topics of one finding's requirements, gathered over its adjacent rows so that it counts once per topic. */
    private static final class TopicsOfFinding {
        private UUID finding;
        private String country;
        private final Set<String> topics = new LinkedHashSet<>();

        /** Counts the topics gathered so far when the row belongs to another finding ({@code null}: no more rows). */
        void next(UUID nextFinding, Map<String, Map<String, Integer>> counts) {
            if (finding == null || !finding.equals(nextFinding)) {
                if (!topics.isEmpty()) {
                    Map<String, Integer> ofCountry = counts.computeIfAbsent(country, c -> new TreeMap<>());
                    topics.forEach(topic -> ofCountry.merge(topic, 1, Integer::sum));
                }
                topics.clear();
                finding = nextFinding;
            }
        }
    }

    private static List<String> strings(Row row, String column) throws SQLException {
        Object value = row.object(column);
        if (value == null) {
            return List.of();
        }
        Object[] values = value instanceof Array array ? (Object[]) array.getArray() : (Object[]) value;
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    private static Set<ForcedLabourIndicator> indicators(List<String> ids) {
        Set<ForcedLabourIndicator> indicators = EnumSet.noneOf(ForcedLabourIndicator.class);
        ids.forEach(id -> indicators.add(ForcedLabourIndicator.fromId(id)));
        return indicators;
    }

    /** The filter as SQL conditions on {@code s} (supplier) and {@code f} (finding) with their parameters. */
    private static final class Bounds {
        private final PortfolioFilter filter;

        Bounds(PortfolioFilter filter) {
            this.filter = filter;
        }

        String supplier() {
            return filter.country() == null ? "" : " AND s.country = ?";
        }

        /** The join to {@code s} that {@link #supplier()} needs, when it needs one. */
        String supplierJoin() {
            return filter.country() == null ? "" : " JOIN supplier s ON s.id = f.supplier_id";
        }

        /** Parameters of a per-supplier query, for each supplier in turn. */
        List<Object[]> perSupplier(List<Supplier> suppliers) {
            List<Object[]> sets = new ArrayList<>();
            for (Supplier supplier : suppliers) {
                List<Object> params = new ArrayList<>(List.of(supplier.id()));
                params.addAll(dateParams());
                sets.add(params.toArray());
            }
            return sets;
        }

        boolean any() {
            return filter.country() != null || filter.from() != null || filter.to() != null;
        }

        Object[] supplierParams() {
            return filter.country() == null ? new Object[0] : new Object[] {filter.country()};
        }

        String dates() {
            return (filter.from() == null ? "" : " AND f.raised_on >= ?") + (filter.to() == null ? "" : " AND f.raised_on <= ?");
        }

        List<Object> dateParams() {
            List<Object> params = new ArrayList<>();
            if (filter.from() != null) {
                params.add(filter.from());
            }
            if (filter.to() != null) {
                params.add(filter.to());
            }
            return params;
        }

        String supplierAndDates() {
            return supplier() + dates();
        }

        Object[] supplierAndDateParams() {
            List<Object> params = new ArrayList<>(Arrays.asList(supplierParams()));
            params.addAll(dateParams());
            return params.toArray();
        }

        /** Rated audits that started within the dates. */
        String auditDates() {
            return (filter.from() == null ? "" : " AND a.start_date >= ?") + (filter.to() == null ? "" : " AND a.start_date <= ?");
        }
    }

    /** Per-supplier figures from grouped queries: a few rows per supplier, never one per finding. */
    private static final class Figures {
        final Map<UUID, Map<Severity, Integer>> open = new HashMap<>();
        final Map<UUID, Integer> overdue = new HashMap<>();
        final Map<UUID, Set<ForcedLabourIndicator>> indicators = new HashMap<>();
        final Set<ForcedLabourIndicator> strong = EnumSet.noneOf(ForcedLabourIndicator.class);
        final Map<UUID, UUID> latestRatedAudit = new HashMap<>();
        final Map<UUID, LocalDate> ratedOn = new HashMap<>();
        final Map<UUID, List<org.fairaudit.domain.RecruitmentFee>> fees = new HashMap<>();

        static Figures read(Tx tx, Bounds bounds, LocalDate today) throws SQLException {
            Figures figures = new Figures();
            Object[] params = bounds.supplierAndDateParams();
            String where = bounds.supplierAndDates();
            // grouped by status as well and filtered here: a condition on the status made H2 read most findings
            // through the status index, one random lookup each, slower than reading the table once
            tx.scan("SELECT f.supplier_id, f.severity, f.status, COUNT(*) AS n FROM finding f" + bounds.supplierJoin()
                    + " WHERE 1 = 1" + where + " GROUP BY f.supplier_id, f.severity, f.status", row -> {
                        if (row.enumValue(FindingStatus.class, "status").isOpen()) {
                            figures.open.computeIfAbsent(row.uuid("supplier_id"), id -> new EnumMap<>(Severity.class))
                                    .merge(row.enumValue(Severity.class, "severity"), row.integer("n"), Integer::sum);
                        }
                        return true;
                    }, params);
            List<Object> overdueParams = new ArrayList<>(List.of(today));
            overdueParams.addAll(Arrays.asList(params));
            tx.scan("SELECT f.supplier_id, COUNT(*) AS n FROM corrective_action x JOIN finding f ON f.id = x.finding_id"
                    + bounds.supplierJoin() + " WHERE x.status IN " + ActionTable.OPEN
                    + " AND x.due_date < ?" + where + " GROUP BY f.supplier_id", row -> {
                        figures.overdue.put(row.uuid("supplier_id"), row.integer("n"));
                        return true;
                    }, overdueParams.toArray());
            // indicators named on findings, and those of breached requirements that test one (as AuditRater reads them)
            String evidenced = "SELECT DISTINCT f.supplier_id, i.indicator FROM finding_indicator i"
                    + " JOIN finding f ON f.id = i.finding_id" + bounds.supplierJoin()
                    + " WHERE f.severity <> 'GOOD_PRACTICE'" + where
                    + " UNION SELECT DISTINCT f.supplier_id, q.indicator FROM requirement q"
                    + " JOIN finding_requirement c ON c.code_id = q.code_id AND c.requirement_ref = q.ref"
                    + " JOIN finding f ON f.id = c.finding_id" + bounds.supplierJoin()
                    + " WHERE q.indicator IS NOT NULL AND f.severity <> 'GOOD_PRACTICE'" + where;
            List<Object> twice = new ArrayList<>(Arrays.asList(params));
            twice.addAll(Arrays.asList(params));
            tx.scan(evidenced, row -> {
                figures.indicators.computeIfAbsent(row.uuid("supplier_id"), id -> EnumSet.noneOf(ForcedLabourIndicator.class))
                        .add(ForcedLabourIndicator.fromId(row.string("indicator")));
                return true;
            }, twice.toArray());
            tx.scan("SELECT DISTINCT indicator FROM requirement WHERE strong_indicator = TRUE AND indicator IS NOT NULL",
                    row -> {
                        figures.strong.add(ForcedLabourIndicator.fromId(row.string("indicator")));
                        return true;
                    });
            List<Object> auditParams = new ArrayList<>(Arrays.asList(bounds.supplierParams()));
            auditParams.addAll(bounds.dateParams());
            // newest first: the first audit met per supplier is its latest rated one
            tx.scan("SELECT a.id, a.supplier_id, a.start_date FROM audit a JOIN supplier s ON s.id = a.supplier_id"
                    + " WHERE a.status IN " + RATED_AUDIT + bounds.supplier() + bounds.auditDates()
                    + " ORDER BY a.supplier_id, a.start_date DESC NULLS LAST, a.created_at DESC", row -> {
                        if (figures.latestRatedAudit.putIfAbsent(row.uuid("supplier_id"), row.uuid("id")) == null) {
                            figures.ratedOn.put(row.uuid("supplier_id"), row.date("start_date"));
                        }
                        return true;
                    }, auditParams.toArray());
            tx.scan("SELECT r.* FROM recruitment_fee r JOIN supplier s ON s.id = r.supplier_id WHERE 1 = 1"
                    + bounds.supplier(), row -> {
                        figures.fees.computeIfAbsent(row.uuid("supplier_id"), id -> new ArrayList<>())
                                .add(FeeTable.MAPPER.map(row));
                        return true;
                    }, bounds.supplierParams());
            return figures;
        }
    }
}
