package org.fairaudit.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over every row of the tables an import could touch, read through a second connection to the open
 * database (H2 shares one engine per file within a JVM): equal digests mean the import changed nothing.
 */
final class TableDigest {
    private static final List<String> TABLES = List.of("finding", "finding_requirement", "finding_indicator",
            "corrective_action", "change_log", "change_log_head", "code", "code_section", "requirement");

    private TableDigest() {
    }

    /** @param databasePath the {@code .mv.db} file, as {@link AppContext#databasePath()} gives it */
    static String of(String databasePath) throws SQLException, NoSuchAlgorithmException {
        String location = databasePath.substring(0, databasePath.length() - ".mv.db".length());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + location + ";WRITE_DELAY=0",
                "fairaudit", ""); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rows.getObject(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
