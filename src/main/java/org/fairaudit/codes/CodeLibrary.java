package org.fairaudit.codes;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Crosswalk;

/**
 * The codes of conduct loaded from templates, the crosswalk their topics refer to, and the problems met on the
 * way. A broken template is left out and reported; the others load.
 *
 * @param codes    every code at every version, in load order: built-in ones first (as listed in
 *                 {@code templates/codes/index.txt}), then user ones by file name
 * @param problems one entry per problem, each naming file, line and field
 */
public record CodeLibrary(List<CodeOfConduct> codes, Crosswalk crosswalk, List<TemplateProblem> problems) {

    public CodeLibrary {
        codes = List.copyOf(codes);
        problems = List.copyOf(problems);
    }

    /** The built-in codes and crosswalk, from the class path. */
    public static CodeLibrary loadBuiltIn() {
        return CodeTemplates.readBuiltIn().parse();
    }

    /**
     * The built-in codes, then every {@code *.yaml} file in {@code userCodesDir} (a missing folder holds none).
     * A user template may add a code or a new version of one, never redefine an id and version already loaded.
     */
    public static CodeLibrary loadBuiltInAnd(Path userCodesDir) {
        return CodeTemplates.readBuiltInAnd(userCodesDir).parse();
    }

    /** A code at an exact version, as pinned by an audit. */
    public Optional<CodeOfConduct> code(CodeRef ref) {
        return codes.stream().filter(code -> code.ref().equals(ref)).findFirst();
    }

    /** The newest version of every code, in the order each code first appears. */
    public List<CodeOfConduct> newestVersions() {
        Map<String, CodeOfConduct> newest = new LinkedHashMap<>();
        codes.forEach(code -> newest.merge(code.id(), code,
                (a, b) -> VERSION_ORDER.compare(a.version(), b.version()) >= 0 ? a : b));
        return List.copyOf(newest.values());
    }

    /** Versions are dot-separated numbers (checked at load), compared number by number: 1.9 < 1.10 < 2. */
    private static final Comparator<String> VERSION_ORDER = (a, b) -> {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Integer.compare(part(left, i), part(right, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    };

    private static int part(String[] parts, int index) {
        return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    }
}
