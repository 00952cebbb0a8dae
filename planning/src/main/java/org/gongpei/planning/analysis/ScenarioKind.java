package org.gongpei.planning.analysis;

/** How the county's express brands deliver in a scenario. */
public enum ScenarioKind {
    /**
     * Before consolidation: each brand serves its own parcels from its own depot at the county seat with its
     * own fleet, straight to the villages (no shared township hubs). China Post also carries the farm
     * products up.
     */
    SEPARATE("各品牌自行配送"),
    /** Joint distribution: all brands' parcels and the farm products on the shared network with its hubs. */
    JOINT("共同配送"),
    /**
     * Partial: China Post stays out and runs its own vans from its depot (with the farm products up); the
     * other brands share the network.
     */
    PARTIAL("部分共配（邮政单独）"),
    /**
     * Today's practice (现状) as the bureau enters it ({@link CurrentPractice}): not planned, its figures are the
     * user's.
     */
    CURRENT("现状");

    /** @return true for the scenarios the planner solves (all but {@link #CURRENT}) */
    public boolean planned() {
        return this != CURRENT;
    }

    private final String chineseName;

    ScenarioKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the name used in the report */
    public String chineseName() {
        return chineseName;
    }
}
