package org.gongpei.service.indicators;

import java.util.List;

/** A province by its name as stored with its counties, and those of its counties a caller may see. */
public record Province(String name, List<County> counties) {

    /** A county of the province. */
    public record County(String code, String name) {
    }
}
