package org.gongpei.service.county;

/** Sizes of a stored county network. */
public record CountyCounts(int townships, int hubs, int villages, int stations, int poorVillages,
        long population) {
}
