package org.gongpei.service.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.SchedulerState;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The job library, db-scheduler, on the service's PostgreSQL: each job is a one-time execution of one task
 * in {@code scheduled_tasks}, carrying its {@link JobKey}. Up to {@code gongpei.jobs.threads} executions run
 * at once on this instance (by default as many as the processors the JVM sees); a running one is kept alive by
 * heartbeats, and one whose instance stopped beating is found dead by any instance, which then queues the job
 * again or marks it interrupted
 * ({@link JobRunner#dead}). An execution picked or handed back as the service stops waits for another
 * instance or the next start; one that fails otherwise (its job's state could not be stored) is removed, and
 * recovery then finds its job without an execution.
 */
@ApplicationScoped
public class JobScheduler {

    /** The task's name in {@code scheduled_tasks}. */
    static final String TASK = "job";
    /** The key of the transaction-level advisory lock held while a job is counted and queued. */
    static final long QUEUE_LOCK = 0x676f6e67_7065694aL;
    private static final Logger LOG = Logger.getLogger(JobScheduler.class);

    @ConfigProperty(name = "gongpei.jobs.threads")
    Optional<Integer> configuredThreads;

    @ConfigProperty(name = "gongpei.jobs.polling-interval", defaultValue = "2s")
    Duration pollingInterval;

    @ConfigProperty(name = "gongpei.jobs.heartbeat-interval", defaultValue = "10s")
    Duration heartbeatInterval;

    @ConfigProperty(name = "gongpei.jobs.missed-heartbeats-limit", defaultValue = "6")
    int missedHeartbeatsLimit;

    @ConfigProperty(name = "gongpei.jobs.shutdown-wait", defaultValue = "10s")
    Duration shutdownWait;

    @ConfigProperty(name = "gongpei.jobs.instance-name")
    Optional<String> instanceName;

    @Inject
    DataSource dataSource;

    @Inject
    JobRunner runner;

    private int threads;
    private String name;
    private OneTimeTask<JobKey> task;
    private Scheduler scheduler;

    @PostConstruct
    void init() {
        threads = configuredThreads.orElseGet(() -> Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new IllegalStateException("gongpei.jobs.threads must be at least 1, not " + threads);
        }
        name = instanceName.filter(s -> !s.isBlank()).orElseGet(() -> new SchedulerName.Hostname().getName());
        task = Tasks.oneTime(TASK, JobKey.class)
                .onFailure((complete, operations) -> {
                    if (complete.getCause().filter(JobRunner.ServiceStoppingException.class::isInstance).isPresent()) {
                        operations.reschedule(complete, Instant.now().plus(pollingInterval));
                    } else {
                        operations.remove();
                    }
                })
                .onDeadExecution((complete, operations) -> {
                    if (runner.dead((JobKey) complete.getExecution().taskInstance.getData())) {
                        operations.reschedule(complete, Instant.now());
                    } else {
                        operations.remove();
                    }
                })
                .execute((instance, context) -> runner.run(instance.getData()));
        scheduler = Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeatInterval)
                .missedHeartbeatsLimit(missedHeartbeatsLimit)
                .shutdownMaxWait(shutdownWait)
                .serializer(new JacksonSerializer(new ObjectMapper()))
                .enableImmediateExecution()
                .failureLogging(LogLevel.WARN, false)
                .build();
    }

    void start() {
        scheduler.start();
        LOG.infof("Job scheduler %s started: %d thread(s), polling every %s", name, threads, pollingInterval);
    }

    /** Waits up to {@code gongpei.jobs.shutdown-wait} for the running executions to end. */
    void stop() {
        scheduler.stop();
    }

    /** @return how long stopping waits for the running executions */
    Duration shutdownWait() {
        return shutdownWait;
    }

    /** @return whether the scheduler runs executions now */
    public boolean running() {
        SchedulerState state = scheduler.getSchedulerState();
        return state.isStarted() && !state.isShuttingDown();
    }

    /** @return how many jobs this instance runs at once */
    public int threads() {
        return threads;
    }

    /** @return this instance's name in {@code picked_by} */
    public String name() {
        return name;
    }

    /** @return how old a heartbeat may be before its execution counts as dead */
    public Duration deadAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeatsLimit);
    }

    /**
     * Waits for the queue's advisory lock, held until the current transaction ends; the scheduler's connection
     * takes part in that transaction, so the execution stored next is counted by the next holder.
     */
    void lockQueue() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            statement.setLong(1, QUEUE_LOCK);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the job queue: " + e.getMessage(), e);
        }
    }

    /** Looks for due executions now, e.g. after the transaction that stored one has committed. */
    void checkForDueJobs() {
        scheduler.triggerCheckForDueExecutions();
    }

    void schedule(JobKey key) {
        scheduler.schedule(task.instance(key.instanceId(), key), Instant.now());
    }

    /** Removes a job's execution that waits to be picked; a picked one is left to end. */
    void cancel(JobKey key) {
        try {
            if (scheduler.getScheduledExecution(TaskInstanceId.of(TASK, key.instanceId()))
                    .filter(execution -> !execution.isPicked()).isPresent()) {
                scheduler.cancel(TaskInstanceId.of(TASK, key.instanceId()));
            }
        } catch (TaskInstanceException e) {
            LOG.debugf("Execution of %s already gone or picked: %s", key.instanceId(), e.getMessage());
        }
    }

    /** @return how many jobs wait for a solver, on every instance */
    public long queued() {
        return query("select count(*) from scheduled_tasks where task_name = ? and not picked", null,
                rows -> rows.next() ? rows.getLong(1) : 0L);
    }

    /** @return the job's execution, empty when the scheduler has none */
    public Optional<SchedulerExecution> execution(JobKey key) {
        return query("select picked, picked_by, last_heartbeat from scheduled_tasks where task_name = ?"
                + " and task_instance = ?", key.instanceId(), rows -> {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Timestamp heartbeat = rows.getTimestamp(3);
                    return Optional.of(new SchedulerExecution(rows.getBoolean(1), rows.getString(2),
                            heartbeat == null ? null : heartbeat.toInstant()));
                });
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, String instance, Rows<T> read) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, TASK);
            if (instance != null) {
                statement.setString(2, instance);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return read.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the job scheduler's executions: " + e.getMessage(), e);
        }
    }
}
