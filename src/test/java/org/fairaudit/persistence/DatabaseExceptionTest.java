package org.fairaudit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseExceptionTest {
    @Test
    void whatReachesTheLogKeepsTheErrorCodeButNotTheValuesH2Quoted() {
        SQLException h2 = new SQLException(
                "Value too long for column \"NOTES\": \"'W-07 said the supervisor keeps her passport'\"", "22001", 22001);

        DatabaseException failure = new DatabaseException(h2);

        StringWriter log = new StringWriter();
        failure.printStackTrace(new PrintWriter(log));
        assertThat(log.toString()).contains("22001").doesNotContain("W-07", "passport");
        assertThat(failure.getCause().getStackTrace()).isEqualTo(h2.getStackTrace());
    }
}
