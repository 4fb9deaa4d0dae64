package org.fairaudit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation of supplier data, shared by the UI (shown next to the field) and every import path. */
public final class SupplierRules {

    /** Open Supply Hub OS ID: country code, 7 digits (year and day of year), 6 letters or digits, e.g. CN2019303BQ3FZP. */
    private static final Pattern OS_ID = Pattern.compile("[A-Z]{2}\\d{7}[A-Z0-9]{6}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SupplierRules() {
    }

    public static boolean isValidOsId(String osId) {
        return osId != null && OS_ID.matcher(osId).matches();
    }

    public static boolean isIsoCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static List<Violation> validate(Supplier supplier) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(supplier.name())) {
            violations.add(new Violation("name", "validation.required"));
        }
        if (isBlank(supplier.country())) {
            violations.add(new Violation("country", "validation.required"));
        } else if (!isIsoCountry(supplier.country())) {
            violations.add(new Violation("country", "validation.country"));
        }
        if (!isBlank(supplier.osId()) && !isValidOsId(supplier.osId())) {
            violations.add(new Violation("osId", "validation.osId"));
        }
        if (supplier.tier() != null && supplier.tier() < 1) {
            violations.add(new Violation("tier", "validation.tier"));
        }
        return violations;
    }

    /** Counts are non-negative and no part exceeds the whole workforce. */
    public static List<Violation> validate(WorkforceProfile profile) {
        List<Violation> violations = new ArrayList<>();
        if (profile.asOf() == null) {
            violations.add(new Violation("asOf", "validation.required"));
        }
        if (profile.totalWorkers() < 0) {
            violations.add(new Violation("totalWorkers", "validation.nonNegative"));
        }
        checkPart(violations, "women", profile.women(), profile.totalWorkers());
        checkPart(violations, "agencyWorkers", profile.agencyWorkers(), profile.totalWorkers());
        checkPart(violations, "youngWorkers", profile.youngWorkers(), profile.totalWorkers());
        checkPart(violations, "inEmployerHousing", profile.inEmployerHousing(), profile.totalWorkers());
        for (MigrantGroup group : profile.migrants()) {
            if (!isIsoCountry(group.nationality())) {
                violations.add(new Violation("migrants", "validation.country"));
            }
            if (group.workers() < 0) {
                violations.add(new Violation("migrants", "validation.nonNegative"));
            }
        }
        if (profile.migrantWorkers() > profile.totalWorkers()) {
            violations.add(new Violation("migrants", "validation.exceedsTotal"));
        }
        return violations;
    }

    public static List<Violation> validate(RecruitmentAgency agency) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(agency.name())) {
            violations.add(new Violation("name", "validation.required"));
        }
        if (isBlank(agency.country())) {
            violations.add(new Violation("country", "validation.required"));
        } else if (!isIsoCountry(agency.country())) {
            violations.add(new Violation("country", "validation.country"));
        }
        return violations;
    }

    private static void checkPart(List<Violation> violations, String field, int part, int total) {
        if (part < 0) {
            violations.add(new Violation(field, "validation.nonNegative"));
        } else if (part > total) {
            violations.add(new Violation(field, "validation.exceedsTotal"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
