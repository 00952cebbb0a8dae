package org.gongpei.planning.ledger;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A column of a delivery record file, found by its English or Chinese header name in any order. */
public enum LedgerColumn {
    WAYBILL("waybill", "运单号", true),
    CARRIER("carrier", "快递公司", true),
    VILLAGE_CODE("villageCode", "村编码", true),
    CHILLED("chilled", "冷链", false),
    RECEIVED_AT_CENTRE("receivedAtCentre", "县中心入库时间", true),
    LEFT_CENTRE("leftCentre", "县中心出库时间", true),
    ARRIVED_AT_HUB("arrivedAtHub", "乡镇到件时间", false),
    ARRIVED_AT_STATION("arrivedAtStation", "村站到件时间", true),
    SIGNED_AT("signedAt", "签收时间", false),
    VEHICLE("vehicle", "车辆", false);

    private static final Map<String, LedgerColumn> BY_NAME = Stream.of(values())
            .flatMap(column -> Stream.of(Map.entry(normalise(column.english), column),
                    Map.entry(normalise(column.chinese), column)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String english;
    private final String chinese;
    private final boolean mandatory;

    LedgerColumn(String english, String chinese, boolean mandatory) {
        this.english = english;
        this.chinese = chinese;
        this.mandatory = mandatory;
    }

    /** @return the English header name, e.g. {@code receivedAtCentre} */
    public String english() {
        return english;
    }

    /** @return the Chinese header name, e.g. {@code 县中心入库时间} */
    public String chinese() {
        return chinese;
    }

    /** @return whether every file has this column and every row a value in it */
    public boolean mandatory() {
        return mandatory;
    }

    /** @return the column a header names (English in any case, or Chinese), ignoring spaces around it */
    public static Optional<LedgerColumn> byHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalise(header)));
    }

    private static String normalise(String header) {
        String text = header.startsWith("\uFEFF") ? header.substring(1) : header;
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
