package org.gongpei.service.fleet;

/** A county has no fleet settings of the version asked for (HTTP 404). */
public class FleetSettingsNotFoundException extends RuntimeException {

    public FleetSettingsNotFoundException(String countyCode, int version) {
        super("County " + countyCode + " has no fleet settings version " + version);
    }
}
