package org.gongpei.service.county;

/** A county has no village or hub with the code asked for. */
public class PartNotFoundException extends RuntimeException {

    public PartNotFoundException(String kind, String countyCode, String code) {
        super("County " + countyCode + " has no " + kind + " " + code);
    }
}
