package org.fairaudit.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.fairaudit.codes.CodeLibrary;
import org.fairaudit.codes.CodeTemplates;
import org.fairaudit.codes.TemplateProblem;
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
 * A template version not yet stored is stored; a stored version is never rewritten. The window's service does this
 * in the background ({@link #loadingInBackground}), so that the window need not wait for it; every method waits.
 */
public final class JdbcCodeService implements CodeService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCodeService.class);

    private final Jdbc jdbc;
    private final ProfileService profiles;
    /** Completes once the templates are stored and the stored codes read; until then every method waits. */
    private final CompletableFuture<Loaded> loaded;
    /** Replaced whole when a code is imported, so readers on other threads see one list or the other. */
    private volatile List<CodeOfConduct> newest;
    private final Map<CodeRef, CodeOfConduct> byRef = new ConcurrentHashMap<>();

    /**
     * Stores the templates before it returns.
     *
     * @param templates        the codes loaded from templates, in template order
     * @param templateProblems one line per broken template, as the loader reported them
     */
    public JdbcCodeService(Database database, List<CodeOfConduct> templates, Crosswalk crosswalk,
                           List<String> templateProblems, ProfileService profiles) {
        this.jdbc = new Jdbc(database, () -> null);
        this.profiles = profiles;
        Objects.requireNonNull(crosswalk);
        this.loaded = CompletableFuture.completedFuture(storeNewVersions(templates, templateProblems, () -> crosswalk));
    }

    private JdbcCodeService(Database database, CompletableFuture<CodeTemplates> templates, ProfileService profiles) {
        this.jdbc = new Jdbc(database, () -> null);
        this.profiles = profiles;
        this.loaded = templates.thenApplyAsync(this::load);
    }

    /**
     * Loads the codes once {@code templates} are read, on a background thread: a cold JVM takes most of a second to
     * parse the templates, and only some screens need codes.
     */
    public static JdbcCodeService loadingInBackground(Database database, CompletableFuture<CodeTemplates> templates,
                                                      ProfileService profiles) {
        return new JdbcCodeService(database, templates, profiles);
    }

    /**
     * Parses the templates and stores their new versions, unless the same templates were parsed by the same program
     * before: their codes are then the stored ones, and the crosswalk is parsed when first asked for.
     */
    private Loaded load(CodeTemplates templates) {
        Optional<String> fingerprint = templates.fingerprint();
        if (fingerprint.isPresent()) {
            Optional<TemplatesRead> before = jdbc.read(TemplatesRead::load);
            if (before.isPresent() && before.get().fingerprint().equals(fingerprint.get())) {
                return reuse(before.get(), new ParsedOnFirstUse(templates));
            }
        }
        CodeLibrary library = templates.parse();
        Loaded stored = storeNewVersions(library.codes(),
                library.problems().stream().map(TemplateProblem::toString).toList(), library::crosswalk);
        fingerprint.ifPresent(print -> jdbc.write(tx -> {
            new TemplatesRead(print, library.codes().stream().map(CodeOfConduct::id).toList(), stored.problems())
                    .save(tx);
            return null;
        }));
        return stored;
    }

    private Loaded reuse(TemplatesRead before, Supplier<Crosswalk> crosswalk) {
        List<CodeOfConduct> storedCodes = jdbc.read(CodeStore::loadAll);
        storedCodes.forEach(code -> byRef.put(code.ref(), code));
        newest = newestVersions(before.codeIds(), storedCodes);
        before.problems().forEach(problem -> LOG.warn("Code template problem: {}", problem));
        return new Loaded(crosswalk, before.problems());
    }

    /** Stores the template versions the database lacks; the templates' problems gain one line per changed one. */
    private Loaded storeNewVersions(List<CodeOfConduct> templates, List<String> templateProblems,
                                    Supplier<Crosswalk> crosswalk) {
        List<String> problems = new ArrayList<>(templateProblems);
        // Read first, write only for a version not yet stored: a write transaction writes to the file even when it
        // changes nothing, and a start that writes nothing needs no backup at close.
        List<CodeOfConduct> storedCodes = jdbc.read(CodeStore::loadAll);
        Set<CodeRef> storedRefs = storedCodes.stream().map(CodeOfConduct::ref).collect(Collectors.toSet());
        if (!templates.stream().map(CodeOfConduct::ref).allMatch(storedRefs::contains)) {
            storedCodes = jdbc.write(tx -> {
                List<CodeOfConduct> stored = new ArrayList<>(CodeStore.loadAll(tx));
                Set<CodeRef> refs = stored.stream().map(CodeOfConduct::ref).collect(Collectors.toSet());
                for (CodeOfConduct template : templates) {
                    if (refs.add(template.ref())) {
                        CodeStore.insert(tx, template);
                        stored.add(template);
                        LOG.info("Stored code {}", template.ref());
                    }
                }
                return stored;
            });
        }
        storedCodes.forEach(code -> byRef.put(code.ref(), code));
        for (CodeOfConduct template : templates) {
            if (!template.equals(byRef.get(template.ref()))) {
                problems.add(Messages.get("db.codeVersionChanged", template.id(), template.version()));
            }
        }
        newest = newestVersions(templates.stream().map(CodeOfConduct::id).toList(), storedCodes);
        return new Loaded(crosswalk, problems);
    }

    /** Template codes first, in template order, then codes only the database knows; each at its newest version. */
    private static List<CodeOfConduct> newestVersions(List<String> templateIds, List<CodeOfConduct> stored) {
        Map<String, CodeOfConduct> newestById = new LinkedHashMap<>();
        templateIds.forEach(id -> newestById.putIfAbsent(id, null));
        stored.stream().sorted(Comparator.comparing(CodeOfConduct::id)).forEach(code -> newestById.merge(code.id(),
                code, (current, candidate) -> VersionOrder.INSTANCE.compare(candidate.version(), current.version()) > 0
                        ? candidate : current));
        newestById.values().removeIf(Objects::isNull);
        return List.copyOf(newestById.values());
    }

    @Override
    public List<CodeOfConduct> codes() {
        awaitStored();
        return newest;
    }

    @Override
    public Optional<CodeOfConduct> code(CodeRef ref) {
        awaitStored();
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
        awaitStored();
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
        return awaitStored().crosswalk().get();
    }

    @Override
    public List<String> templateProblems() {
        return awaitStored().problems();
    }

    /** Waits until storing the templates has ended, however it ended: the database must not close under it. */
    public void awaitStart() {
        loaded.exceptionally(failure -> null).join();
    }

    /** Waits for the start; throws what storing the templates threw (a database failure), as it was thrown. */
    private Loaded awaitStored() {
        try {
            return loaded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The templates' crosswalk, and one line per problem met loading them. */
    private record Loaded(Supplier<Crosswalk> crosswalk, List<String> problems) {
        Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** The crosswalk parsed when first asked for: only reports, exports and imports need it, never the first screen. */
    private static final class ParsedOnFirstUse implements Supplier<Crosswalk> {
        private final CodeTemplates templates;
        private Crosswalk crosswalk;

        ParsedOnFirstUse(CodeTemplates templates) {
            this.templates = templates;
        }

        @Override
        public synchronized Crosswalk get() {
            if (crosswalk == null) {
                crosswalk = templates.parseCrosswalk();
            }
            return crosswalk;
        }
    }
}
