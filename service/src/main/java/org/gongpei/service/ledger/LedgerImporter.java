package org.gongpei.service.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.ledger.BatchDigest;
import org.gongpei.planning.ledger.LedgerFile;
import org.gongpei.planning.ledger.LedgerProblems;
import org.gongpei.planning.ledger.LedgerReader;
import org.gongpei.planning.ledger.LedgerRules;
import org.gongpei.planning.ledger.LedgerTimes;
import org.gongpei.service.county.CountyNotFoundException;
import org.jboss.logging.Logger;

/**
 * Imports a record file as one batch of a county's delivery record, in one transaction: the rows are checked
 * while read, copied with {@code COPY}, checked as a whole (waybills repeated in the file, a correction's unknown
 * waybills), and the batch is written last with its digest chained to the county's previous batch. By default a
 * file with any problem is refused whole; with {@code acceptValid} its valid rows are stored and its problems kept
 * with the batch. Imports of one county run one after the other (a PostgreSQL advisory lock), so the chain has no
 * fork.
 */
@ApplicationScoped
public class LedgerImporter {

    /** The kinds of batch. */
    public enum Kind { IMPORT, CORRECTION }

    private static final Logger LOG = Logger.getLogger(LedgerImporter.class);
    /** A batch this large changes the record's statistics enough to matter to the reports' query plans. */
    private static final long ANALYZE_ROWS = 10_000;

    @Inject
    DataSource dataSource;

    @Inject
    CountyCarriers carriers;

    @Inject
    ObjectMapper json;

    Clock clock = Clock.systemUTC();

    /**
     * @param file     the uploaded file on disk
     * @param fileName its name as uploaded ({@code .xlsx} is read as Excel, anything else as CSV)
     * @throws CountyNotFoundException  when the county does not exist
     * @throws LedgerRejectedException when the file is refused whole; nothing was stored
     */
    public LedgerBatchView importFile(String countyCode, Path file, String fileName, Kind kind, boolean acceptValid) {
        return importFile(countyCode, file, fileName, kind, acceptValid, ImportProgress.NONE);
    }

    /**
     * As {@link #importFile(String, Path, String, Kind, boolean)}, telling {@code progress} how far it is.
     *
     * @throws ImportCancelledException when {@code progress} asked to stop; nothing was stored
     */
    public LedgerBatchView importFile(String countyCode, Path file, String fileName, Kind kind, boolean acceptValid,
            ImportProgress progress) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                LedgerBatchView batch = importIn(connection, countyCode, file, fileName, kind, acceptValid, progress);
                progress.beforeCommit(connection, batch);
                connection.commit();
                if (batch.rows() >= ANALYZE_ROWS) {
                    analyze(connection);
                }
                LOG.infof("County %s: batch %d (%s, %s) stored with %d rows, %d rejected", countyCode, batch.seq(),
                        kind, fileName, batch.rows(), batch.rejectedRows());
                return batch;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the records of county " + countyCode + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LedgerBatchView importIn(Connection connection, String countyCode, Path file, String fileName, Kind kind,
            boolean acceptValid, ImportProgress progress) throws SQLException, IOException {
        long startNanos = System.nanoTime();
        Set<String> villages = villageCodes(connection, countyCode);
        lockCounty(connection, countyCode);
        LedgerRules rules = new LedgerRules(villages, Set.copyOf(carriers.of(connection, countyCode)),
                clock.instant(), LedgerTimes.CHINA);
        long batchId = nextBatchId(connection);
        LedgerReader.Result read;
        AtomicLong bytes = new AtomicLong();
        BatchTally tally = new BatchTally();
        WaybillSieve sieve = new WaybillSieve(WaybillSieve.expectedRows(Files.size(file),
                LedgerFile.isExcel(fileName)));
        progress.phase(ImportProgress.Phase.READING);
        try (RecordCopy copy = new RecordCopy(connection, batchId)) {
            read = LedgerReader.read(LedgerFile.of(file, fileName, bytes), fileName, rules, (row, record, digest) -> {
                try {
                    copy.add(row, record, digest);
                    sieve.add(record.waybill());
                    tally.add(record);
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot copy row " + row + ": " + e.getMessage(), e);
                }
            }, rows -> {
                progress.read(rows, bytes.get());
                if (progress.cancelled()) {
                    throw new ImportCancelledException(countyCode);
                }
            });
            if (progress.cancelled()) {
                throw new ImportCancelledException(countyCode);
            }
            if (!acceptValid && !read.problems().isEmpty()) {
                throw rejected(read.rows(), read.problems());
            }
            copy.finish();
        }
        progress.read(read.rows(), bytes.get());
        long readNanos = System.nanoTime();
        progress.phase(ImportProgress.Phase.VALIDATING);
        LedgerProblems problems = read.problems();
        List<Long> dropped = new java.util.ArrayList<>(BatchChecks.repeatedWaybills(connection, batchId,
                sieve.candidates(), problems));
        if (kind == Kind.CORRECTION) {
            dropped.addAll(BatchChecks.unknownWaybills(connection, countyCode, batchId, problems));
        }
        if (!problems.isEmpty() && !acceptValid) {
            throw rejected(read.rows(), problems);
        }
        String content = read.contentDigest();
        long stored = read.validRows();
        if (!dropped.isEmpty()) {
            RecordTallies.drop(connection, batchId, dropped, tally);
            stored -= dropRows(connection, batchId, dropped);
            content = contentDigest(connection, batchId);
        }
        if (stored == 0) {
            throw rejected(read.rows(), problems);
        }
        if (progress.cancelled()) {
            throw new ImportCancelledException(countyCode);
        }
        progress.phase(ImportProgress.Phase.STORING);
        long checkedNanos = System.nanoTime();
        long superseded = SupersededRows.record(connection, countyCode, batchId, stored, kind);
        RecordTallies.add(connection, countyCode, batchId, tally);
        LOG.infof("County %s: %d rows read, checked and copied in %.1f s, checked as a whole in %.1f s, %d earlier"
                + " or repeated rows set aside and the tallies kept in %.1f s", countyCode, read.rows(),
                (readNanos - startNanos) / 1e9, (checkedNanos - readNanos) / 1e9, superseded,
                (System.nanoTime() - checkedNanos) / 1e9);
        return writeBatch(connection, countyCode, batchId, kind, fileName, stored, read.rows() - stored, content,
                problems);
    }

    private LedgerBatchView writeBatch(Connection connection, String countyCode, long batchId, Kind kind,
            String fileName, long rows, long rejected, String content, LedgerProblems problems) throws SQLException {
        int seq = 1;
        String previous = null;
        try (PreparedStatement last = connection.prepareStatement(
                "select seq, chain_sha256 from ledger_batch where county_code = ? order by seq desc limit 1")) {
            last.setString(1, countyCode);
            try (ResultSet result = last.executeQuery()) {
                if (result.next()) {
                    seq = result.getInt(1) + 1;
                    previous = result.getString(2);
                }
            }
        }
        String chain = BatchDigest.chain(previous, kind.name(), rows, content);
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement("insert into ledger_batch (id, county_code, seq,"
                + " kind, file_name, imported_at, row_count, rejected_count, content_sha256, previous_sha256,"
                + " chain_sha256, problems_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, batchId);
            insert.setString(2, countyCode);
            insert.setInt(3, seq);
            insert.setString(4, kind.name());
            insert.setString(5, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setLong(7, rows);
            insert.setLong(8, rejected);
            insert.setString(9, content);
            insert.setString(10, previous);
            insert.setString(11, chain);
            insert.setString(12, problems.isEmpty() ? null : problemsJson(problems));
            insert.executeUpdate();
        }
        return new LedgerBatchView(batchId, countyCode, seq, kind.name(), fileName, now, rows, rejected, content,
                previous, chain, problems.counts(), problems.first());
    }

    private static long dropRows(Connection connection, long batchId, List<Long> rows) throws SQLException {
        try (Statement allow = connection.createStatement()) {
            allow.execute("select set_config('gongpei.ledger_import_batch', '" + batchId + "', true)");
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from delivery_record where batch_id = ? and row_number = any (?)")) {
            delete.setLong(1, batchId);
            delete.setArray(2, connection.createArrayOf("bigint", rows.toArray()));
            return delete.executeUpdate();
        } finally {
            try (Statement forbid = connection.createStatement()) {
                forbid.execute("select set_config('gongpei.ledger_import_batch', '', true)");
            }
        }
    }

    /** @return the batch's content digest recomputed from its stored row digests in row order */
    static String contentDigest(Connection connection, long batchId) throws SQLException {
        BatchDigest digest = new BatchDigest();
        try (PreparedStatement select = connection.prepareStatement(
                "select row_sha256 from delivery_record where batch_id = ? order by row_number")) {
            select.setLong(1, batchId);
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    digest.add(rows.getBytes(1));
                }
            }
        }
        return digest.finish();
    }

    private static Set<String> villageCodes(Connection connection, String countyCode) throws SQLException {
        Set<String> codes = new HashSet<>();
        boolean county = false;
        try (PreparedStatement select = connection.prepareStatement("select v.code from county c left join village v"
                + " on v.county_id = c.id where c.code = ?")) {
            select.setString(1, countyCode);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    county = true;
                    if (rows.getString(1) != null) {
                        codes.add(rows.getString(1));
                    }
                }
            }
        }
        if (!county) {
            throw new CountyNotFoundException(countyCode);
        }
        return codes;
    }

    /** Refreshes the planner's statistics at once rather than when autovacuum comes round. */
    private static void analyze(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze delivery_record");
            analyze.execute("analyze record_superseded");
        }
    }

    private static void lockCounty(Connection connection, String countyCode) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "ledger:" + countyCode);
            lock.execute();
        }
    }

    private static long nextBatchId(Connection connection) throws SQLException {
        try (Statement next = connection.createStatement();
                ResultSet id = next.executeQuery("select nextval('ledger_batch_id_seq')")) {
            id.next();
            return id.getLong(1);
        }
    }

    private static LedgerRejectedException rejected(long rows, LedgerProblems problems) {
        String message = problems.isEmpty()
                ? "The file has no data row; nothing was stored"
                : problems.total() + " problem(s) in the file; nothing was stored";
        return new LedgerRejectedException(message, rows, problems.counts(), problems.first());
    }

    private String problemsJson(LedgerProblems problems) {
        try {
            return json.writeValueAsString(Map.of("counts", problems.counts(), "first", problems.first()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
