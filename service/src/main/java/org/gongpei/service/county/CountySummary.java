package org.gongpei.service.county;

import java.time.OffsetDateTime;

/** A stored county in a list: identity and sizes. */
public record CountySummary(String code, String name, String province, String provincialCapital,
        int townships, int hubs, int villages, int stations, int poorVillages, long population,
        OffsetDateTime importedAt) {
}
