package org.gongpei.solver.siting;

/** What a village gets: no station, its station of today kept as is, an upgraded building (改造) or a new build (新建). */
public enum StationChoice {
    /** No station: the village is served from a station of its township within reach. */
    NONE,
    /** Today's station kept as is, at no construction cost; only where the village has a station today. */
    EXISTING,
    /** An existing building (today's station, a village committee office or shop) upgraded into a station (改造). */
    UPGRADED,
    /** A station built new (新建). */
    NEW;

    /** @return whether the village has a station with this choice */
    public boolean hasStation() {
        return this != NONE;
    }
}
