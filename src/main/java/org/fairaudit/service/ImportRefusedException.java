package org.fairaudit.service;

import java.util.List;

/** An import was refused as a whole (unreadable, hostile or wrong kind of file, or rows still rejected). */
public class ImportRefusedException extends RuntimeException {
    private final transient List<ImportProblem> problems;

    public ImportRefusedException(ImportProblem problem) {
        this(List.of(problem));
    }

    public ImportRefusedException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
