package org.gongpei.service.county;

/** A county that cannot be deleted: its delivery records are append-only and refer to it. */
public class CountyHasRecordsException extends RuntimeException {

    public CountyHasRecordsException(String code) {
        super("County " + code + " has delivery records, which are kept for evaluation and never deleted;"
                + " the county cannot be deleted (re-importing its network with replace=true keeps them)");
    }
}
