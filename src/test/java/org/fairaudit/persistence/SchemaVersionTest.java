package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void newestIsTheNewestMigrationThisBuildCarries() throws Exception {
        Path migrations = Path.of(SchemaVersionTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            int newest = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(SchemaVersion.NEWEST).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void anOlderSchemaIsMigratedWhenOpened() throws Exception {
        Path file = dir.resolve("older");
        Flyway.configure().dataSource(url(file), "fairaudit", "").locations("classpath:db/migration")
                .placeholders(Map.of("binary_type", "BLOB")).target("9").load().migrate();
        assertThat(lastApplied(file)).isEqualTo("9");

        Database.openH2(file).close();

        assertThat(lastApplied(file)).isEqualTo(SchemaVersion.NEWEST);
    }

    @Test
    void aNewestSchemaOpensWithoutFlyway() throws Exception {
        Path file = dir.resolve("current");
        Database.openH2(file).close();
        // Flyway would refuse this file: a migration's recorded checksum no longer matches its script.
        try (Connection connection = DriverManager.getConnection(url(file), "fairaudit", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'");
        }

        Database.openH2(file).close();

        assertThat(lastApplied(file)).isEqualTo(SchemaVersion.NEWEST);
    }

    @Test
    void aNewFileIsNotNewest() throws Exception {
        try (Connection connection = DriverManager.getConnection(url(dir.resolve("new")), "fairaudit", "")) {
            assertThat(SchemaVersion.isNewest(connection)).isFalse();
        }
    }

    private static String url(Path file) {
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
    }

    private static String lastApplied(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(file), "fairaudit", "");
             Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            last.next();
            return last.getString(1);
        }
    }
}
