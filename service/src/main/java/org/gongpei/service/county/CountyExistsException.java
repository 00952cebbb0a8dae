package org.gongpei.service.county;

/** A county with the same code is already stored and the import did not ask to replace it. */
public class CountyExistsException extends RuntimeException {

    public CountyExistsException(String code) {
        super("County " + code + " already exists; import again with replace=true to replace it");
    }
}
