package org.fairaudit.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the code templates gave when last parsed, stored under their fingerprint (decision record 0027).
 *
 * @param codeIds  the ids of the templates' codes, in template order (their versions are in the code tables)
 * @param problems every problem line reported then, those of the templates and those of comparing them with the
 *                 stored versions
 */
record TemplatesRead(String fingerprint, List<String> codeIds, List<String> problems) {
    TemplatesRead {
        codeIds = List.copyOf(codeIds);
        problems = List.copyOf(problems);
    }

    static Optional<TemplatesRead> load(Tx tx) throws SQLException {
        return tx.one("SELECT fingerprint, code_ids, problems FROM code_templates_read", row -> new TemplatesRead(
                row.string("fingerprint"), Json.readStringList(row.string("code_ids")),
                Json.readStringList(row.string("problems"))));
    }

    /** Replaces what was stored before. */
    void save(Tx tx) throws SQLException {
        tx.update("DELETE FROM code_templates_read");
        tx.update("INSERT INTO code_templates_read (fingerprint, code_ids, problems, read_at) VALUES (?, ?, ?, ?)",
                fingerprint, Json.write(codeIds), Json.write(problems), tx.now());
    }
}
