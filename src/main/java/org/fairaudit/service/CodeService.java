package org.fairaudit.service;

import java.util.List;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Crosswalk;

/** Codes of conduct available to audits, with the problems met loading their templates. */
public interface CodeService {
    /** The newest version of every code, in template order. */
    List<CodeOfConduct> codes();

    /** A code at an exact version, also older versions pinned by audits. */
    Optional<CodeOfConduct> code(CodeRef ref);

    Crosswalk crosswalk();

    /**
     * Stores an imported code so that audits can use and pin it at once.
     *
     * @throws ImportRefusedException when its id and version are already stored (the code itself was validated as a
     *                                template before)
     */
    void add(CodeOfConduct code);

    /** One line per broken template (file, line, field, reason); the other templates still load. */
    List<String> templateProblems();
}
