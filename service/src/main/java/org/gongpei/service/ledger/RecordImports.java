package org.gongpei.service.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.ledger.LedgerFile;
import org.gongpei.planning.ledger.LedgerProblems;
import org.gongpei.planning.ledger.LedgerReader;
import org.gongpei.planning.ledger.LedgerRule;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.database.DatabaseMigration;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.Jobs;
import org.jboss.logging.Logger;

/**
 * Record files imported as background jobs ({@link RecordImportJobKind}): an upload is checked at its start
 * (header, format, a data row), moved into {@code gongpei.records.upload-dir} and queued; the job imports it with
 * {@link LedgerImporter}, storing rows and bytes read at most once a second, and is marked DONE with its batch in
 * the import's own transaction. A refused file ends FAILED with its rejection; the file is deleted when its job
 * ends, and files of jobs that ended with an earlier run of the service are deleted at start.
 */
@ApplicationScoped
public class RecordImports {

    private static final Logger LOG = Logger.getLogger(RecordImports.class);
    private static final int SNIFFED_BYTES = 1 << 16;
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    @ConfigProperty(name = "gongpei.records.upload-dir", defaultValue = "data/record-uploads")
    Path uploadDir;

    @Inject
    Jobs jobs;

    @Inject
    RecordImportJobKind kind;

    @Inject
    CountyService counties;

    @Inject
    LedgerImporter importer;

    @Inject
    EntityManager entities;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /**
     * Checks the start of an uploaded file and queues its import; the file is moved away from {@code upload}.
     *
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws LedgerRejectedException when the start of the file already shows it cannot be imported
     * @throws org.gongpei.service.job.QueueFullException when the queue is full; nothing is stored then
     */
    public RecordImportView submit(String countyCode, Path upload, String fileName, LedgerImporter.Kind batchKind,
            boolean acceptValid) {
        counties.summary(countyCode);
        checkStart(upload, fileName);
        jobs.requireRoom();
        Path waiting = keep(upload, fileName);
        try {
            long bytes = Files.size(waiting);
            return jobs.submit(kind, () -> QuarkusTransaction.joiningExisting().call(() -> {
                RecordImportJob job = new RecordImportJob();
                job.countyCode = countyCode;
                job.state = JobState.queued(null);
                job.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
                job.batchKind = batchKind;
                job.acceptValid = acceptValid;
                job.uploadPath = waiting.toAbsolutePath().toString();
                job.uploadBytes = bytes;
                entities.persist(job);
                return job.id;
            }));
        } catch (IOException | RuntimeException e) {
            delete(waiting);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** @throws RecordImportNotFoundException when there is no such import */
    public RecordImportView view(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RecordImportJob job = entities.find(RecordImportJob.class, id);
            if (job == null) {
                throw new RecordImportNotFoundException(id);
            }
            JobState state = job.state;
            try {
                return new RecordImportView(job.id, job.countyCode, job.fileName, job.batchKind.name(),
                        job.acceptValid, state.status, state.phase, state.fractionDone, job.uploadBytes, job.rowsRead,
                        job.bytesRead, state.createdAt, state.startedAt, state.finishedAt, state.error,
                        job.batch == null ? null : json.readTree(job.batch),
                        job.rejection == null ? null : json.readTree(job.rejection));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Record import " + id + " has unreadable JSON", e);
            }
        });
    }

    /** Imports a solving job's file; the job is DONE when this returns. */
    LedgerBatchView run(long id, JobProgress progress) {
        RecordImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            RecordImportJob found = entities.find(RecordImportJob.class, id);
            if (found == null) {
                throw new RecordImportNotFoundException(id);
            }
            entities.detach(found);
            return found;
        });
        Path file = Path.of(job.uploadPath);
        try {
            return importer.importFile(job.countyCode, file, job.fileName, job.batchKind, job.acceptValid,
                    new Progress(id, job.uploadBytes, progress));
        } catch (LedgerRejectedException e) {
            String rejection = write(RecordRejection.of(e));
            QuarkusTransaction.requiringNew().run(() -> {
                RecordImportJob refused = entities.find(RecordImportJob.class, id);
                if (refused != null && refused.state.status == JobStatus.SOLVING) {
                    refused.rejection = rejection;
                }
            });
            throw new IllegalArgumentException(e.getMessage(), e);
        } finally {
            delete(file);
        }
    }

    /** Deletes the waiting files of imports that are no longer queued or running (after the jobs' recovery). */
    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 6) StartupEvent event) {
        if (!Files.isDirectory(uploadDir)) {
            return;
        }
        Set<Path> waiting = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> entities.createQuery("select j.uploadPath from RecordImportJob j"
                + " where j.state.status in :active", String.class)
                .setParameter("active", List.of(JobStatus.QUEUED, JobStatus.SOLVING))
                .getResultStream().forEach(path -> waiting.add(Path.of(path))));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(uploadDir)) {
            for (Path file : files) {
                if (!waiting.contains(file.toAbsolutePath())) {
                    delete(file);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Cannot list %s: %s", uploadDir, e.getMessage());
        }
    }

    private static void checkStart(Path upload, String fileName) {
        LedgerProblems problems = new LedgerProblems(fileName);
        try {
            if (!LedgerFile.isExcel(fileName) && holdsNul(upload)) {
                problems.add(1, (String) null, "The file holds NUL bytes: it is not a CSV text file",
                        LedgerRule.BAD_SYNTAX);
                throw new LedgerRejectedException("The file is not a CSV text file; nothing was stored", 0,
                        problems.counts(), problems.first());
            }
            LedgerReader.Start start = LedgerReader.start(LedgerFile.of(upload, fileName), fileName);
            if (!start.problems().isEmpty()) {
                throw new LedgerRejectedException(start.problems().total() + " problem(s) at the start of the file;"
                        + " nothing was stored", 0, start.problems().counts(), start.problems().first());
            }
            if (!start.hasRows()) {
                throw new LedgerRejectedException("The file has no data row; nothing was stored", 0,
                        problems.counts(), problems.first());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file " + fileName, e);
        }
    }

    private static boolean holdsNul(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(SNIFFED_BYTES);
            for (byte b : start) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private Path keep(Path upload, String fileName) {
        try {
            Files.createDirectories(uploadDir);
            Path target = uploadDir.resolve(UUID.randomUUID() + (LedgerFile.isExcel(fileName) ? ".xlsx" : ".csv"))
                    .toAbsolutePath();
            return Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded file in " + uploadDir.toAbsolutePath(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Cannot delete %s: %s", file, e.getMessage());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** Passes an import's progress on to its job: the phase and share done, rows and bytes at most once a second. */
    private final class Progress implements ImportProgress {

        private final long id;
        private final long totalBytes;
        private final JobProgress job;
        private String phase = "reading";
        private long rows;
        private long bytes;
        private long lastNanos;

        Progress(long id, long totalBytes, JobProgress job) {
            this.id = id;
            this.totalBytes = totalBytes;
            this.job = job;
        }

        @Override
        public void read(long rows, long bytes) {
            this.rows = rows;
            this.bytes = bytes;
            if ((rows & 1023) == 0 && System.nanoTime() - lastNanos >= PROGRESS_NANOS) {
                report();
            }
        }

        @Override
        public void phase(Phase phase) {
            this.phase = phase.name().toLowerCase(java.util.Locale.ROOT);
            report();
        }

        @Override
        public boolean cancelled() {
            return job.stopRequested();
        }

        @Override
        public void beforeCommit(Connection connection, LedgerBatchView batch) throws SQLException {
            try (PreparedStatement done = connection.prepareStatement("update record_import_job set status = 'DONE',"
                    + " phase = 'done', fraction_done = 1, finished_at = clock_timestamp(), rows_read = ?, bytes_read = ?,"
                    + " batch = ?::jsonb where id = ? and status = 'SOLVING'")) {
                done.setLong(1, rows);
                done.setLong(2, bytes);
                done.setString(3, write(batch));
                done.setLong(4, id);
                if (done.executeUpdate() != 1) {
                    throw new SQLException("Record import " + id + " is no longer running; its batch is not stored");
                }
            }
        }

        private void report() {
            lastNanos = System.nanoTime();
            double read = totalBytes <= 0 ? 0 : Math.min(1, (double) bytes / totalBytes);
            double fraction = switch (phase) {
                case "reading" -> 0.8 * read;
                case "validating" -> 0.8;
                default -> 0.9;
            };
            job.report(phase, fraction);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement("update record_import_job set"
                            + " rows_read = ?, bytes_read = ? where id = ? and status = 'SOLVING'")) {
                update.setLong(1, rows);
                update.setLong(2, bytes);
                update.setLong(3, id);
                update.executeUpdate();
            } catch (SQLException e) {
                LOG.warnf("Cannot store the progress of record import %d: %s", id, e.getMessage());
            }
        }
    }
}
