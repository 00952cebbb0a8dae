package org.gongpei.planning.plan;

/** Which township hubs of a county a daily plan may use. */
public enum HubChoice {
    /** The hubs the county operates or plans ({@code designated}); the default. */
    DESIGNATED,
    /** Every hub site, candidates included: to see which hubs a day would use. */
    ALL
}
