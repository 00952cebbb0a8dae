package org.gongpei.service.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobRecord;

/**
 * Record imports as a job kind, run by {@link RecordImports}. A run marks its job DONE itself, in the import's
 * transaction, so a stored batch and a DONE job go together; {@link #store} has nothing left to write.
 */
@ApplicationScoped
public class RecordImportJobKind implements JobKind<LedgerBatchView, RecordImportView> {

    @Inject
    RecordImports imports;

    @Override
    public String name() {
        return "record-import";
    }

    @Override
    public String label() {
        return "Record import";
    }

    @Override
    public Class<RecordImportJob> records() {
        return RecordImportJob.class;
    }

    @Override
    public LedgerBatchView run(long id, JobProgress progress) {
        return imports.run(id, progress);
    }

    @Override
    public void store(JobRecord record, LedgerBatchView result, boolean stoppedEarly) {
        // written with the batch, in the import's transaction
    }

    @Override
    public RecordImportView view(long id) {
        return imports.view(id);
    }
}
