package org.gongpei.planning.design;

/** What a candidate network does with one hub site of the county. */
public enum HubAction {
    /** A hub operated or planned today stays as it is; a candidate site stays closed. The default of every site. */
    KEEP,
    /** A hub of today is given up (its parcels go to other hubs or straight from the centre). */
    CLOSE,
    /** A candidate site is opened as a hub (a hub of today is kept). */
    OPEN,
    /** The hub (kept, or opened when it is a candidate site) gets cold storage. */
    ADD_COLD_STORAGE
}
