package org.gongpei.service.ledger;

import org.gongpei.service.job.JobNotFoundException;

/** No record import with the id. */
public class RecordImportNotFoundException extends JobNotFoundException {

    public RecordImportNotFoundException(long id) {
        super("No record import with id " + id);
    }
}
