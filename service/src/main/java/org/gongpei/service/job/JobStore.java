package org.gongpei.service.job;

import java.util.List;
import java.util.function.Consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The stored state of every kind's jobs; each method is one transaction of its own. */
@ApplicationScoped
class JobStore {

    @Inject
    EntityManager entities;

    /** Marks a queued job as solving. @return false when it was deleted or is no longer queued */
    boolean start(JobKind<?, ?> kind, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            JobRecord job = find(kind, id);
            if (job == null || job.jobState().status != JobStatus.QUEUED) {
                return false;
            }
            job.jobState().start();
            return true;
        });
    }

    void progress(JobKind<?, ?> kind, long id, RunningProgress progress) {
        update(kind, id, JobStatus.SOLVING, job -> {
            job.jobState().progress(progress.phase(), progress.fractionDone());
            job.bestScore(progress.bestScore());
        });
    }

    /** Marks a solving job DONE, with its last progress, and lets {@code result} write the rest. */
    void done(JobKind<?, ?> kind, long id, RunningProgress last, Consumer<JobRecord> result) {
        update(kind, id, JobStatus.SOLVING, job -> {
            if (last != null) {
                job.jobState().phase = last.phase();
                job.bestScore(last.bestScore());
            }
            job.jobState().done();
            result.accept(job);
        });
    }

    /** Ends a queued or solving job FAILED or INTERRUPTED with its reason. @return whether it was active */
    boolean end(JobKind<?, ?> kind, long id, JobStatus status, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            JobRecord job = find(kind, id);
            if (job == null || !job.jobState().active()) {
                return false;
            }
            job.jobState().end(status, error);
            return true;
        });
    }

    /**
     * Puts a solving job back in the queue: its instance died (a re-run, counted, at most {@code maxReruns})
     * or handed it back while stopping.
     *
     * @return whether the job is queued (again); false when it is gone, ended or re-run often enough
     */
    boolean requeue(JobKind<?, ?> kind, long id, boolean rerun, int maxReruns) {
        return QuarkusTransaction.requiringNew().call(() -> {
            JobRecord job = find(kind, id);
            if (job != null && job.jobState().status == JobStatus.QUEUED) {
                return true;
            }
            if (job == null || job.jobState().status != JobStatus.SOLVING
                    || rerun && job.jobState().reruns >= maxReruns) {
                return false;
            }
            job.jobState().requeue(rerun);
            job.bestScore(null);
            return true;
        });
    }

    /** @return the ids of the kind's queued and solving jobs */
    List<Long> active(JobKind<?, ?> kind) {
        return QuarkusTransaction.requiringNew().call(() -> entities
                .createQuery("from " + entityName(kind) + " j where j.state.status in :active", kind.records())
                .setParameter("active", List.of(JobStatus.QUEUED, JobStatus.SOLVING))
                .getResultStream()
                .map(JobRecord.class::cast)
                .filter(kind::owns)
                .map(JobRecord::id)
                .toList());
    }

    private void update(JobKind<?, ?> kind, long id, JobStatus expected, Consumer<JobRecord> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            JobRecord job = find(kind, id);
            if (job != null && job.jobState().status == expected) {
                change.accept(job);
            }
        });
    }

    private JobRecord find(JobKind<?, ?> kind, long id) {
        JobRecord job = entities.find(kind.records(), id);
        return job != null && kind.owns(job) ? job : null;
    }

    private String entityName(JobKind<?, ?> kind) {
        return entities.getMetamodel().entity(kind.records()).getName();
    }
}
