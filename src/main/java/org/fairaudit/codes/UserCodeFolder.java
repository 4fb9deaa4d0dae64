package org.fairaudit.codes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Crosswalk;
import org.fairaudit.domain.Requirement;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.UserCodeTemplates;

/**
 * The user codes folder beside the database, which {@link CodeLibrary#loadBuiltInAnd(Path)} reads at start: an
 * imported code is written here as a template, so it is there after a restart exactly as any user template.
 */
public final class UserCodeFolder implements UserCodeTemplates {
    private final Path folder;
    /** The crosswalk an imported code's topics are read back against; asked for only when a code is written. */
    private final Supplier<Crosswalk> crosswalk;

    public UserCodeFolder(Path folder, Supplier<Crosswalk> crosswalk) {
        this.folder = folder;
        this.crosswalk = crosswalk;
    }

    /**
     * Writes {@code <id>-<version>.yaml} under a temporary name and renames it into place, so that the loader never
     * sees half a file; refuses when the file exists. The written file is read back with the template loader and
     * must give the same code, or it is removed.
     */
    @Override
    public Path write(CodeOfConduct code) {
        Path target = folder.resolve(code.id() + "-" + code.version() + ".yaml");
        try {
            Files.createDirectories(folder);
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Path partial = Files.createTempFile(folder, "." + code.id() + "-", ".part");
            try {
                Files.write(partial, yaml(code));
                checkReadsBack(partial, code);
                Files.move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(Path template) {
        try {
            Files.deleteIfExists(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkReadsBack(Path file, CodeOfConduct code) {
        FileProblems problems = new FileProblems(file.getFileName().toString());
        Optional<CodeOfConduct> reread = new TemplateFile(file.getFileName().toString(),
                () -> Files.newInputStream(file)).read(problems)
                .flatMap(content -> YamlTreeReader.read(content, problems))
                .flatMap(root -> CodeTemplateReader.read(root, crosswalk.get(), Map.of(), problems));
        if (!reread.equals(Optional.of(code))) {
            throw new IllegalStateException(Messages.get("sheets.code.notReadBack", problems.list()));
        }
    }

    static byte[] yaml(CodeOfConduct code) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", code.id());
        root.put("title", code.title());
        root.put("version", code.version());
        root.put("issuer", code.issuer());
        root.put("language", code.language());
        if (code.description() != null && !code.description().isEmpty()) {
            root.put("description", code.description());
        }
        List<Object> sections = new ArrayList<>();
        for (CodeSection section : code.sections()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", section.id());
            fields.put("title", section.title());
            fields.put("requirements", section.requirements().stream().map(UserCodeFolder::requirement).toList());
            sections.add(fields);
        }
        root.put("sections", sections);
        return ("# " + Messages.get("sheets.code.yamlHeader") + "\n" + Yaml.MAPPER.writeValueAsString(root))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> requirement(Requirement r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ref", r.ref());
        fields.put("text", r.text());
        if (!r.guidance().isEmpty()) {
            fields.put("guidance", r.guidance());
        }
        fields.put("check_by", r.checkBy().stream().map(Choices::snakeCase).toList());
        if (!r.references().isEmpty()) {
            fields.put("references", r.references());
        }
        fields.put("topics", r.topics());
        fields.put("severity", Choices.snakeCase(r.defaultSeverity()));
        fields.put("zero_tolerance", String.valueOf(r.zeroTolerance()));
        if (r.indicator() != null) {
            fields.put("indicator", r.indicator().id());
        }
        fields.put("strong_indicator", String.valueOf(r.strongIndicator()));
        return fields;
    }

    /** Built when the first code is written, not when the window opens (Jackson takes a while on a cold JVM). */
    private static final class Yaml {
        /** Every value quoted: "1.10" and "true" must stay the text the reader expects, never a number or flag. */
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
    }
}
