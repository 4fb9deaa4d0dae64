package org.fairaudit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {
    @Test
    void commandLineWinsOverEnvironment() {
        Path db = DataLocation.database(Path.of("/tmp/a/x"), Map.of(DataLocation.DB_ENV, "/tmp/env"), "Linux", "/home/u");
        assertThat(db).isEqualTo(Path.of("/tmp/a/x"));
    }

    @Test
    void environmentWinsOverTheDataFolder() {
        assertThat(DataLocation.database(null, Map.of(DataLocation.DB_ENV, "/srv/fa/db"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/srv/fa/db"));
    }

    @Test
    void dataFolderFollowsTheOperatingSystem() {
        assertThat(DataLocation.database(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/fairaudit/fairaudit"));
        assertThat(DataLocation.database(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/fairaudit/fairaudit"));
        assertThat(DataLocation.database(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/FairAudit/fairaudit"));
        assertThat(DataLocation.dataFolder(Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming"), "Windows 11", "C:\\Users\\u"))
                .isEqualTo(Path.of("C:\\Users\\u\\AppData\\Roaming", "FairAudit"));
    }
}
