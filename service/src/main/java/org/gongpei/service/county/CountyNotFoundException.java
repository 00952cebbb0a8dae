package org.gongpei.service.county;

/** No county is stored under the requested code. */
public class CountyNotFoundException extends RuntimeException {

    public CountyNotFoundException(String code) {
        super("No county with code " + code);
    }
}
