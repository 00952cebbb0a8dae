package org.gongpei.datasets.daming;

/**
 * A village-level unit as listed in the source CSV.
 *
 * @param code NBS code
 * @param name name
 * @param townshipCode NBS code of its township
 */
record SourceVillage(String code, String name, String townshipCode) {

    /** @return true for an urban residents' committee (社区居民委员会) rather than a village */
    boolean urbanCommunity() {
        return name.contains("社区") || name.endsWith("居民委员会");
    }
}
