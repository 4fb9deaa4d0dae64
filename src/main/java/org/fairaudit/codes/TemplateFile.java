package org.fairaudit.codes;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A template to read: its file name (as shown in problems) and how to open it. */
record TemplateFile(String name, Opener opener) {
    /** Larger files are refused unread: the biggest built-in code is a few dozen KiB. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String BUILT_IN_FOLDER = "/templates/";
    static final String BUILT_IN_CODES_FOLDER = BUILT_IN_FOLDER + "codes/";
    /** Class-path folders cannot be listed inside a jar, so the built-in codes are listed in this file, in order. */
    static final String BUILT_IN_CODES_INDEX = "index.txt";

    interface Opener {
        InputStream open() throws IOException;
    }

    /** A template on the class path, e.g. {@code builtIn("/templates/", "crosswalk.yaml")}. */
    static TemplateFile builtIn(String folder, String name) {
        String resource = folder + name;
        return new TemplateFile(name, () -> {
            InputStream in = TemplateFile.class.getResourceAsStream(resource);
            if (in == null) {
                throw new FileNotFoundException(resource);
            }
            return in;
        });
    }

    /** The built-in code templates named in {@code templates/codes/index.txt} (blank lines and # comments skipped). */
    static List<TemplateFile> builtInCodes(FileProblems indexProblems) {
        List<TemplateFile> files = new ArrayList<>();
        TemplateFile index = builtIn(BUILT_IN_CODES_FOLDER, BUILT_IN_CODES_INDEX);
        index.read(indexProblems).ifPresent(content -> new String(content, StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(name -> files.add(builtIn(BUILT_IN_CODES_FOLDER, name))));
        return files;
    }

    /** Every {@code *.yaml} file in {@code folder}, by name; none when the folder does not exist. */
    static List<TemplateFile> inFolder(Path folder, FileProblems folderProblems) {
        List<TemplateFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> yamlFiles = Files.newDirectoryStream(folder, "*.yaml")) {
            yamlFiles.forEach(path -> {
                if (Files.isRegularFile(path)) {
                    files.add(new TemplateFile(path.getFileName().toString(), () -> Files.newInputStream(path)));
                }
            });
        } catch (IOException e) {
            folderProblems.add(0, "", "unreadable", e.toString());
        }
        files.sort(Comparator.comparing(TemplateFile::name));
        return files;
    }

    /** The file read into memory, with the problems met reading it. */
    TemplateContent content() {
        FileProblems problems = new FileProblems(name);
        Optional<byte[]> bytes = read(problems);
        return new TemplateContent(name, bytes, problems.list());
    }

    /** The file's bytes, or a problem when it cannot be read or is larger than {@link #MAX_BYTES}. */
    Optional<byte[]> read(FileProblems problems) {
        try (InputStream in = opener.open()) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                problems.add(0, "", "tooLarge", String.valueOf(MAX_BYTES));
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (IOException e) {
            problems.add(0, "", "unreadable", e.toString());
            return Optional.empty();
        }
    }
}
