package org.fairaudit.codes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Crosswalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses the crosswalk, then the built-in and user code templates in order, skipping each broken one. */
final class CodeLibraryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CodeLibraryLoader.class);

    private final List<TemplateProblem> problems = new ArrayList<>();
    private final List<CodeOfConduct> codes = new ArrayList<>();
    private final Map<CodeRef, String> loadedFrom = new HashMap<>();

    private CodeLibraryLoader() {
    }

    /**
     * @param listingProblems problems met finding the code files (the built-in index, the user folder), reported
     *                        after the crosswalk's and before the files'
     */
    static CodeLibrary load(TemplateContent crosswalkFile, List<TemplateContent> codeFiles,
                            List<TemplateProblem> listingProblems) {
        return new CodeLibraryLoader().loadAll(crosswalkFile, codeFiles, listingProblems);
    }

    private CodeLibrary loadAll(TemplateContent crosswalkFile, List<TemplateContent> codeFiles,
                                List<TemplateProblem> listingProblems) {
        FileProblems crosswalkProblems = crosswalkFile.problems();
        Crosswalk crosswalk = crosswalk(crosswalkFile, crosswalkProblems);
        problems.addAll(crosswalkProblems.list());
        problems.addAll(listingProblems);
        codeFiles.forEach(file -> code(file, crosswalk));
        problems.forEach(problem -> LOG.warn("Code template problem: {}", problem));
        return new CodeLibrary(codes, crosswalk, problems);
    }

    /**
     * A broken crosswalk leaves it empty; every topic is then unknown and every code is rejected with it, which
     * is loud on purpose: the crosswalk is built in, so this only happens to a damaged installation.
     */
    static Crosswalk crosswalk(TemplateContent file, FileProblems fileProblems) {
        return file.bytes()
                .flatMap(content -> YamlTreeReader.read(content, fileProblems))
                .flatMap(root -> CrosswalkTemplateReader.read(root, fileProblems))
                .orElse(Crosswalk.EMPTY);
    }

    private void code(TemplateContent file, Crosswalk crosswalk) {
        FileProblems fileProblems = file.problems();
        file.bytes()
                .flatMap(content -> YamlTreeReader.read(content, fileProblems))
                .flatMap(root -> CodeTemplateReader.read(root, crosswalk, loadedFrom, fileProblems))
                .ifPresent(code -> {
                    codes.add(code);
                    loadedFrom.put(code.ref(), file.name());
                });
        problems.addAll(fileProblems.list());
    }
}
