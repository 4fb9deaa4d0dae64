package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.List;
import org.fairaudit.i18n.Messages;

/** The problems found in one template file; each message comes from the i18n bundle ({@code codes.problem.*}). */
final class FileProblems {
    /** Messages that name a position have a {@code .sheet} variant, which says "row" where a template says "line". */
    private static final String SHEET_VARIANT = ".sheet";

    private final String file;
    private final boolean sheet;
    private final List<TemplateProblem> problems = new ArrayList<>();

    FileProblems(String file) {
        this(file, false);
    }

    private FileProblems(String file, boolean sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    /** The problems of a sheet whose rows stand in for a template's lines. */
    static FileProblems ofSheet(String where) {
        return new FileProblems(where, true);
    }

    /** Continues a list begun earlier, e.g. with the problems met reading the file. */
    FileProblems(String file, List<TemplateProblem> earlier) {
        this(file);
        problems.addAll(earlier);
    }

    void add(int line, String field, String messageKey, Object... args) {
        String key = "codes.problem." + messageKey;
        if (sheet && Messages.has(key + SHEET_VARIANT)) {
            key += SHEET_VARIANT;
        }
        problems.add(new TemplateProblem(file, line, field, Messages.get(key, args)));
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
