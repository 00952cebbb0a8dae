package org.gongpei.service.ledger;

/** An import stopped before its end (the service stopping): nothing of it was stored. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException(String countyCode) {
        super("The import of records for county " + countyCode + " was stopped; nothing was stored");
    }
}
