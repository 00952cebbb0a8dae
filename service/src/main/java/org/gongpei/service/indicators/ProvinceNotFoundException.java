package org.gongpei.service.indicators;

/** No county the caller may see lies in the requested province. */
public class ProvinceNotFoundException extends RuntimeException {

    public ProvinceNotFoundException(String province) {
        super("No county of province " + province);
    }
}
