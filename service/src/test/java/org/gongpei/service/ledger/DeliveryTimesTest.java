package org.gongpei.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The delivery-time bucket of the import's tallies (counted in Java while a file is read) and of the rows (counted
 * in SQL for partly covered months and for the rows an import sets aside) must agree to the microsecond.
 */
@QuarkusTest
class DeliveryTimesTest {

    @Inject
    DataSource dataSource;

    @Test
    void javaAndSqlPutEveryTimeInTheSameBucket() throws SQLException {
        List<Long> micros = new ArrayList<>(List.of(-60_000_000L, 0L, 1L, 899_999_999L, 900_000_000L,
                900_000_001L, 86_399_999_999L, 86_400_000_000L, 86_400_000_001L, 90_000_000_000L,
                2_591_999_999_999L, 2_592_000_000_000L, 2_592_000_000_001L, 9_000_000_000_000L));
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            micros.add(random.nextLong(3_000_000_000_000L));
            micros.add(random.nextLong(1_000) * 900_000_000L);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + DeliveryTimes.bucketSql("s")
                        + " from (select extract(epoch from (timestamptz '2025-01-01 00:00+08'"
                        + " + make_interval(secs => ? / 1e6)) - timestamptz '2025-01-01 00:00+08') as s) t")) {
            for (long time : micros) {
                select.setLong(1, time);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    assertThat(DeliveryTimes.bucket(time)).as("%d µs", time).isEqualTo(result.getInt(1));
                }
            }
        }
    }
}
