package org.gongpei.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The migration that introduced {@code record_superseded} filled it for the rows stored before it, with a query of
 * its own. Run again over a county whose imports wrote the table themselves (corrections, a second correction, a
 * repeated import, a repeat dropped from its file), that query must set aside the same rows for the same reason.
 * The batch a backfilled row names as superseding it is the waybill's current batch at migration; the imports'
 * tallies read that column only for the batch being imported, so it does not take part in the comparison.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SupersededBackfillTest {

    private static final String MIGRATION = "db/migration/V14__ledger_at_scale.sql";
    private static final String INSERT = "insert into record_superseded (batch_id, row_number, reason, by_batch_id)";

    @Inject
    DataSource dataSource;

    @Test
    void theMigrationsBackfillSetsAsideWhatTheImportsSetAside() throws Exception {
        RecordComplianceTest.ledger("L016");
        String backfill = backfillQuery();
        List<String> written = rows("select s.batch_id, s.row_number, s.reason from record_superseded s"
                + " join ledger_batch b on b.id = s.batch_id where b.county_code = ? order by 1, 2");
        List<String> recomputed = rows("select f.batch_id, f.row_number, f.reason from (" + backfill + ") f (batch_id, row_number, reason, by_batch_id)"
                + " join ledger_batch b on b.id = f.batch_id where b.county_code = ? order by 1, 2");
        // fix.csv corrects three waybills, fix-again.csv one of them again, again.csv repeats one
        assertThat(written).hasSize(5);
        assertThat(written.stream().filter(row -> row.endsWith("CORRECTED"))).hasSize(4);
        assertThat(recomputed).containsExactlyElementsOf(written);
    }

    private static String backfillQuery() throws IOException {
        String migration;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = migration.indexOf(INSERT);
        assertThat(start).as("the backfill in " + MIGRATION).isNotNegative();
        int end = migration.indexOf(';', start);
        return migration.substring(start + INSERT.length(), end);
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, "L016");
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getLong(1) + "/" + result.getLong(2) + " " + result.getString(3));
                }
            }
        }
        return rows;
    }
}
