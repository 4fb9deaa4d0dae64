package org.fairaudit.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code asks for is in {@code messages.properties}: a missing one would show as {@code !key!}.
 * Keys built at run time are checked where they are built: enum labels here, the rest by their own tests.
 */
class MessageKeysTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path DOMAIN = SOURCES.resolve("org/fairaudit/domain");
    /** {@code Messages.get("a.key")} or {@code Messages.get("a.key", args)}; {@code "prefix." + name} is not a key. */
    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s*(?:implements[^{]*)?\\{([^;}]*)");

    @Test
    void everyLiteralKeyInTheSourcesIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            Matcher key = LITERAL_KEY.matcher(Files.readString(file));
            while (key.find()) {
                if (!bundle.containsKey(key.group(1))) {
                    missing.add(SOURCES.relativize(file) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyConstantOfTheDomainEnumsHasALabel() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles(DOMAIN)) {
            Matcher declaration = ENUM.matcher(Files.readString(file));
            while (declaration.find()) {
                String prefix = "enum." + declaration.group(1).toLowerCase(Locale.ROOT) + ".";
                for (String constant : constants(declaration.group(2))) {
                    if (!bundle.containsKey(prefix + constant)) {
                        missing.add(prefix + constant);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() throws IOException {
        assertThat(javaFiles(DOMAIN)).anyMatch(file -> file.endsWith("Severity.java"));
        assertThat(constants("ZERO_TOLERANCE(7, true),\n MAJOR(30, false), MINOR(90, false)"))
                .containsExactly("ZERO_TOLERANCE", "MAJOR", "MINOR");
    }

    /** The constant names of an enum body up to its first {@code ;} (arguments and comments left out). */
    private static List<String> constants(String body) {
        String withoutComments = body.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        String withoutArguments = withoutComments.replaceAll("(?s)\\([^()]*\\)", "");
        return Stream.of(withoutArguments.split(",")).map(String::strip)
                .filter(name -> name.matches("[A-Z][A-Z0-9_]*")).toList();
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("resources", "i18n", "messages.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }
}
