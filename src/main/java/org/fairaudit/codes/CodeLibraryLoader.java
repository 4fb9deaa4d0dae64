package org.fairaudit.codes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeRef;
import org.fairaudit.domain.Crosswalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the crosswalk, then the built-in and user code templates in order, skipping each broken one. */
final class CodeLibraryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CodeLibraryLoader.class);

    private final List<TemplateProblem> problems = new ArrayList<>();
    private final List<CodeOfConduct> codes = new ArrayList<>();
    private final Map<CodeRef, String> loadedFrom = new HashMap<>();

    private CodeLibraryLoader() {
    }

    static CodeLibrary load(Optional<Path> userCodesDir) {
        return new CodeLibraryLoader().loadAll(userCodesDir);
    }

    private CodeLibrary loadAll(Optional<Path> userCodesDir) {
        Crosswalk crosswalk = crosswalk();
        FileProblems indexProblems = new FileProblems(TemplateFile.BUILT_IN_CODES_INDEX);
        List<TemplateFile> files = new ArrayList<>(TemplateFile.builtInCodes(indexProblems));
        problems.addAll(indexProblems.list());
        userCodesDir.ifPresent(dir -> {
            FileProblems folderProblems = new FileProblems(dir.toString());
            files.addAll(TemplateFile.inFolder(dir, folderProblems));
            problems.addAll(folderProblems.list());
        });
        files.forEach(file -> code(file, crosswalk));
        problems.forEach(problem -> LOG.warn("Code template problem: {}", problem));
        return new CodeLibrary(codes, crosswalk, problems);
    }

    /**
     * A broken crosswalk leaves it empty; every topic is then unknown and every code is rejected with it, which
     * is loud on purpose: the crosswalk is built in, so this only happens to a damaged installation.
     */
    private Crosswalk crosswalk() {
        TemplateFile file = TemplateFile.builtIn(TemplateFile.BUILT_IN_FOLDER, "crosswalk.yaml");
        FileProblems fileProblems = new FileProblems(file.name());
        Crosswalk crosswalk = file.read(fileProblems)
                .flatMap(content -> YamlTreeReader.read(content, fileProblems))
                .flatMap(root -> CrosswalkTemplateReader.read(root, fileProblems))
                .orElse(Crosswalk.EMPTY);
        problems.addAll(fileProblems.list());
        return crosswalk;
    }

    private void code(TemplateFile file, Crosswalk crosswalk) {
        FileProblems fileProblems = new FileProblems(file.name());
        file.read(fileProblems)
                .flatMap(content -> YamlTreeReader.read(content, fileProblems))
                .flatMap(root -> CodeTemplateReader.read(root, crosswalk, loadedFrom, fileProblems))
                .ifPresent(code -> {
                    codes.add(code);
                    loadedFrom.put(code.ref(), file.name());
                });
        problems.addAll(fileProblems.list());
    }
}
