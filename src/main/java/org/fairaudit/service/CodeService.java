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

    /** One line per broken template (file, line, field, reason); the other templates still load. */
    List<String> templateProblems();
}
