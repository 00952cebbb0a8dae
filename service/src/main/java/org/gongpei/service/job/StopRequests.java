package org.gongpei.service.job;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Stops asked at one instance for jobs another instance solves: a row in {@code job_stop_request} per job,
 * which the solving instance reads once a second for the jobs it runs, stops them, and deletes when the job
 * ends. Polling the table, rather than LISTEN/NOTIFY, keeps a request that arrives while the connection of
 * the solving instance is being replaced.
 */
@ApplicationScoped
class StopRequests {

    static final long CHECK_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(StopRequests.class);

    @Inject
    DataSource dataSource;

    @Inject
    JobRunner runner;

    private volatile ScheduledExecutorService checks;

    /** Starts reading the requests for the jobs this instance runs. */
    synchronized void watch() {
        if (checks != null) {
            return;
        }
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "job-stop-requests");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    /** Asks whichever instance solves the job to stop it. */
    void request(JobKey key) {
        update("insert into job_stop_request (task_instance) values (?) on conflict do nothing", key);
    }

    /** Forgets the request of a job that ended. */
    void clear(JobKey key) {
        update("delete from job_stop_request where task_instance = ?", key);
    }

    private void check() {
        Collection<RunningJob> running = runner.runningJobs();
        if (running.isEmpty()) {
            return;
        }
        try {
            Set<String> asked = requested(running.stream().map(job -> job.key.instanceId()).toList());
            running.stream().filter(job -> asked.contains(job.key.instanceId()) && !job.stopRequested())
                    .forEach(job -> {
                        LOG.infof("Stopping %s, as asked at another instance", job.key.instanceId());
                        job.stop();
                    });
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Cannot read the stop requests: %s", e.getMessage());
        }
    }

    private Set<String> requested(Collection<String> instances) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select task_instance from job_stop_request where task_instance = any (?)")) {
            Array array = connection.createArrayOf("text", instances.toArray());
            statement.setArray(1, array);
            Set<String> asked = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    asked.add(rows.getString(1));
                }
            }
            return asked;
        }
    }

    private void update(String sql, JobKey key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key.instanceId());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the stop request of " + key.instanceId() + ": "
                    + e.getMessage(), e);
        }
    }
}
