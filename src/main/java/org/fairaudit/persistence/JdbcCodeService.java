package org.fairaudit.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.i18n.Messages;
import org.fairaudit.domain.Permission;
import org.fairaudit.service.CodeService;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;
import org.fairaudit.service.ProfileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Codes from the templates loaded at start, stored so that audits can always read the versions they pinned.
 * A template version not yet stored is stored; a stored version is never rewritten.
 */
public final class JdbcCodeService implements CodeService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCodeService.class);

    private final Jdbc jdbc;
    private final Crosswalk crosswalk;
    private final List<String> templateProblems;
    private final ProfileService profiles;
    /** Replaced whole when a code is imported, so readers on other threads see one list or the other. */
    private volatile List<CodeOfConduct> newest;
    private final Map<CodeRef, CodeOfConduct> byRef = new ConcurrentHashMap<>();

    /**
     * @param templates        the codes loaded from templates, in template order
     * @param templateProblems one line per broken template, as the loader reported them
     */
    public JdbcCodeService(Database database, List<CodeOfConduct> templates, Crosswalk crosswalk,
                           List<String> templateProblems, ProfileService profiles) {
        this.jdbc = new Jdbc(database, () -> null);
        this.profiles = profiles;
        this.crosswalk = Objects.requireNonNull(crosswalk);
        List<String> problems = new ArrayList<>(templateProblems);
        List<CodeOfConduct> stored = storeNewVersions(templates, problems);
        stored.forEach(code -> byRef.put(code.ref(), code));
        this.templateProblems = List.copyOf(problems);
        this.newest = newestVersions(templates, stored);
    }

    private List<CodeOfConduct> storeNewVersions(List<CodeOfConduct> templates, List<String> problems) {
        return jdbc.write(tx -> {
            Map<CodeRef, CodeOfConduct> stored = new LinkedHashMap<>();
            CodeStore.loadAll(tx).forEach(code -> stored.put(code.ref(), code));
            for (CodeOfConduct template : templates) {
                CodeOfConduct existing = stored.get(template.ref());
                if (existing == null) {
                    CodeStore.insert(tx, template);
                    stored.put(template.ref(), template);
                    LOG.info("Stored code {}", template.ref());
                } else if (!existing.equals(template)) {
                    problems.add(Messages.get("db.codeVersionChanged", template.id(), template.version()));
                }
            }
            return new ArrayList<>(stored.values());
        });
    }

    /** Template codes first, in template order, then codes only the database knows; each at its newest version. */
    private static List<CodeOfConduct> newestVersions(List<CodeOfConduct> templates, List<CodeOfConduct> stored) {
        Map<String, CodeOfConduct> newestById = new LinkedHashMap<>();
        templates.forEach(code -> newestById.putIfAbsent(code.id(), null));
        stored.stream().sorted(Comparator.comparing(CodeOfConduct::id)).forEach(code -> newestById.merge(code.id(),
                code, (current, candidate) -> VersionOrder.INSTANCE.compare(candidate.version(), current.version()) > 0
                        ? candidate : current));
        newestById.values().removeIf(Objects::isNull);
        return List.copyOf(newestById.values());
    }

    @Override
    public List<CodeOfConduct> codes() {
        return newest;
    }

    @Override
    public Optional<CodeOfConduct> code(CodeRef ref) {
        CodeOfConduct cached = byRef.get(ref);
        if (cached != null) {
            return Optional.of(cached);
        }
        // stored after start, e.g. by a package import
        Optional<CodeOfConduct> loaded = jdbc.read(tx -> CodeStore.load(tx, ref));
        loaded.ifPresent(code -> byRef.put(ref, code));
        return loaded;
    }

    @Override
    public synchronized void add(CodeOfConduct code) {
        profiles.require(Permission.IMPORT_CODES);
        jdbc.write(tx -> {
            if (CodeStore.load(tx, code.ref()).isPresent()) {
                throw new ImportRefusedException(new ImportProblem(code.id(), "", 0, "",
                        Messages.get("sheets.code.exists", code.id(), code.version())));
            }
            CodeStore.insert(tx, code);
            return null;
        });
        byRef.put(code.ref(), code);
        List<CodeOfConduct> codes = new ArrayList<>(newest);
        int same = indexOf(codes, code.id());
        if (same < 0) {
            codes.add(code);
        } else if (VersionOrder.INSTANCE.compare(code.version(), codes.get(same).version()) > 0) {
            codes.set(same, code);
        }
        newest = List.copyOf(codes);
        LOG.info("Stored imported code {}", code.ref());
    }

    private static int indexOf(List<CodeOfConduct> codes, String id) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Crosswalk crosswalk() {
        return crosswalk;
    }

    @Override
    public List<String> templateProblems() {
        return templateProblems;
    }
}
