package org.fairaudit.codes;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fairaudit.domain.Crosswalk;

/**
 * The crosswalk and code template files, read into memory once: what the code library is parsed from. Parsing takes
 * half a second of CPU or more on a cold JVM, reading the files and hashing the user's a few milliseconds; so a start
 * whose fingerprint matches the one stored with the codes skips parsing (decision record 0027).
 */
public final class CodeTemplates {
    private final TemplateContent crosswalk;
    /** The built-in codes first, then the user's. */
    private final List<TemplateContent> codes;
    private final int builtInCodes;
    private final List<TemplateProblem> listingProblems;
    /** The build of the program that parses them; results are reused only for the same build. */
    private final Optional<String> program;

    private CodeTemplates(TemplateContent crosswalk, List<TemplateContent> codes, int builtInCodes,
                          List<TemplateProblem> listingProblems, Optional<String> program) {
        this.crosswalk = crosswalk;
        this.codes = List.copyOf(codes);
        this.builtInCodes = builtInCodes;
        this.listingProblems = List.copyOf(listingProblems);
        this.program = program;
    }

    /** The built-in crosswalk and codes, from the class path. */
    public static CodeTemplates readBuiltIn() {
        return read(Optional.empty());
    }

    /** The built-in ones, then every {@code *.yaml} file in {@code userCodesDir} by name (a missing folder holds none). */
    public static CodeTemplates readBuiltInAnd(Path userCodesDir) {
        return read(Optional.of(userCodesDir));
    }

    private static CodeTemplates read(Optional<Path> userCodesDir) {
        List<TemplateProblem> listingProblems = new ArrayList<>();
        FileProblems indexProblems = new FileProblems(TemplateFile.BUILT_IN_CODES_INDEX);
        List<TemplateFile> files = new ArrayList<>(TemplateFile.builtInCodes(indexProblems));
        int builtInCodes = files.size();
        listingProblems.addAll(indexProblems.list());
        userCodesDir.ifPresent(dir -> {
            FileProblems folderProblems = new FileProblems(dir.toString());
            files.addAll(TemplateFile.inFolder(dir, folderProblems));
            listingProblems.addAll(folderProblems.list());
        });
        return new CodeTemplates(TemplateFile.builtIn(TemplateFile.BUILT_IN_FOLDER, "crosswalk.yaml").content(),
                files.stream().map(TemplateFile::content).toList(), builtInCodes, listingProblems, runningJar());
    }

    /** The same files as parsed by the given build (for tests: these run from class folders, which have none). */
    public CodeTemplates parsedBy(String build) {
        return new CodeTemplates(crosswalk, codes, builtInCodes, listingProblems, Optional.of(build));
    }

    /** Every code, its crosswalk and the problems met, each broken template left out. */
    public CodeLibrary parse() {
        return CodeLibraryLoader.load(crosswalk, codes, listingProblems);
    }

    /** The crosswalk alone; its problems are those {@link #parse()} reports first. */
    public Crosswalk parseCrosswalk() {
        return CodeLibraryLoader.crosswalk(crosswalk, crosswalk.problems());
    }

    /**
     * A SHA-256 hash of the program's build, the language of the messages, and every user file's name and bytes (or
     * why it could not be read): equal fingerprints parse to equal libraries. The built-in files are part of the
     * build, so the build stands for them. Empty when the program runs from class folders, where a changed rule or
     * built-in file would not change it.
     */
    public Optional<String> fingerprint() {
        return program.map(build -> {
            MessageDigest digest = sha256();
            update(digest, build);
            update(digest, Locale.getDefault().toLanguageTag());
            update(digest, listingProblems.toString());
            for (TemplateContent file : codes.subList(builtInCodes, codes.size())) {
                update(digest, file.name());
                update(digest, file.readProblems().toString());
                file.bytes().ifPresent(bytes -> update(digest, bytes));
            }
            return HexFormat.of().formatHex(digest.digest());
        });
    }

    /** Each part prefixed with its length, so that no two lists of parts hash alike. */
    private static void update(MessageDigest digest, byte[] part) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        digest.update(part);
    }

    private static void update(MessageDigest digest, String part) {
        update(digest, part.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The jar these classes were loaded from, by name, size and time of change: a new build is a new jar. Empty when
     * they come from class folders (development) or anywhere else.
     */
    private static Optional<String> runningJar() {
        try {
            CodeSource source = CodeTemplates.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return Optional.of(jar.getFileName() + " " + attributes.size() + " " + attributes.lastModifiedTime());
        } catch (URISyntaxException | IOException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
