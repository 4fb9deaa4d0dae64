package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.List;
import org.fairaudit.i18n.Messages;

/** The problems found in one template file; each message comes from the i18n bundle ({@code codes.problem.*}). */
final class FileProblems {
    private final String file;
    private final List<TemplateProblem> problems = new ArrayList<>();

    FileProblems(String file) {
        this.file = file;
    }

    /** Continues a list begun earlier, e.g. with the problems met reading the file. */
    FileProblems(String file, List<TemplateProblem> earlier) {
        this(file);
        problems.addAll(earlier);
    }

    void add(int line, String field, String messageKey, Object... args) {
        problems.add(new TemplateProblem(file, line, field, Messages.get("codes.problem." + messageKey, args)));
    }

    /** A mark to pass to {@link #noneSince(int)}, so a reader can tell whether its own part was clean. */
    int mark() {
        return problems.size();
    }

    boolean noneSince(int mark) {
        return problems.size() == mark;
    }

    List<TemplateProblem> list() {
        return List.copyOf(problems);
    }
}
