package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.EvidenceSource;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Severity;

/** Code versions: inserted once, read whole. Not domain records that change, so they have no change-log entries. */
final class CodeStore {
    private CodeStore() {
    }

    static void insert(Tx tx, CodeOfConduct code) throws SQLException {
        tx.update("INSERT INTO code (code_id, code_version, title, issuer, language, description, version,"
                        + " created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                code.id(), code.version(), code.title(), code.issuer(), code.language(), code.description(),
                tx.now(), tx.now(), tx.profileId());
        List<Object[]> sections = new ArrayList<>();
        List<Object[]> requirements = new ArrayList<>();
        int requirementPosition = 0;
        for (int s = 0; s < code.sections().size(); s++) {
            CodeSection section = code.sections().get(s);
            sections.add(new Object[] {code.id(), code.version(), section.id(), s, section.title()});
            for (Requirement r : section.requirements()) {
                requirements.add(new Object[] {code.id(), code.version(), r.ref(), section.id(), requirementPosition++,
                        r.text(), r.guidance(), Json.write(r.checkBy().stream().map(Enum::name).toList()),
                        Json.write(r.references()), Json.write(r.topics()), r.defaultSeverity(), r.zeroTolerance(),
                        r.indicator() == null ? null : r.indicator().id(), r.strongIndicator()});
            }
        }
        tx.batch("INSERT INTO code_section (code_id, code_version, section_id, position, title)"
                + " VALUES (?, ?, ?, ?, ?)", sections);
        tx.batch("INSERT INTO requirement (code_id, code_version, ref, section_id, position, requirement_text,"
                + " guidance, check_by, instrument_refs, topics, default_severity, zero_tolerance, indicator,"
                + " strong_indicator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", requirements);
    }

    static List<CodeOfConduct> loadAll(Tx tx) throws SQLException {
        return load(tx, "", new Object[0]);
    }

    static Optional<CodeOfConduct> load(Tx tx, CodeRef ref) throws SQLException {
        List<CodeOfConduct> codes = load(tx, " WHERE code_id = ? AND code_version = ?",
                new Object[] {ref.codeId(), ref.version()});
        return codes.stream().findFirst();
    }

    private static List<CodeOfConduct> load(Tx tx, String where, Object[] params) throws SQLException {
        Map<SectionKey, List<Requirement>> requirementsBySection = new LinkedHashMap<>();
        for (StoredRequirement stored : tx.list("SELECT * FROM requirement" + where + " ORDER BY position",
                CodeStore::requirement, params)) {
            requirementsBySection.computeIfAbsent(stored.section(), k -> new ArrayList<>()).add(stored.requirement());
        }
        Map<CodeRef, List<CodeSection>> sectionsByCode = new LinkedHashMap<>();
        for (StoredSection stored : tx.list("SELECT * FROM code_section" + where
                + " ORDER BY code_id, code_version, position", row -> new StoredSection(
                new SectionKey(new CodeRef(row.string("code_id"), row.string("code_version")),
                        row.string("section_id")), row.string("title")), params)) {
            List<Requirement> requirements = requirementsBySection.getOrDefault(stored.key(), List.of());
            sectionsByCode.computeIfAbsent(stored.key().code(), k -> new ArrayList<>())
                    .add(new CodeSection(stored.key().sectionId(), stored.title(), requirements));
        }
        return tx.list("SELECT * FROM code" + where + " ORDER BY code_id, created_at", row -> {
            CodeRef ref = new CodeRef(row.string("code_id"), row.string("code_version"));
            return new CodeOfConduct(ref.codeId(), row.string("title"), ref.version(), row.string("issuer"),
                    row.string("language"), row.string("description"), sectionsByCode.getOrDefault(ref, List.of()));
        }, params);
    }

    private static StoredRequirement requirement(Row row) throws SQLException {
        String indicator = row.string("indicator");
        Requirement requirement = new Requirement(row.string("ref"), row.string("requirement_text"),
                row.string("guidance"),
                Json.readStringList(row.string("check_by")).stream().map(EvidenceSource::valueOf).toList(),
                Json.readStringList(row.string("instrument_refs")), Json.readStringList(row.string("topics")),
                row.enumValue(Severity.class, "default_severity"), row.bool("zero_tolerance"),
                indicator == null ? null : ForcedLabourIndicator.fromId(indicator), row.bool("strong_indicator"));
        return new StoredRequirement(new SectionKey(new CodeRef(row.string("code_id"), row.string("code_version")),
                row.string("section_id")), requirement);
    }

    private record SectionKey(CodeRef code, String sectionId) {
    }

    private record StoredRequirement(SectionKey section, Requirement requirement) {
    }

    private record StoredSection(SectionKey key, String title) {
    }
}
