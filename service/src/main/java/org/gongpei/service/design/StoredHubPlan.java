package org.gongpei.service.design;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A hub plan job as stored: the checked request, the roads its daily plans run on, its progress and, when done,
 * the {@link org.gongpei.planning.design.HubComparisonResult} as JSON.
 */
@Entity
@Table(name = "hub_plan")
public class StoredHubPlan extends DesignJobRecord {
}
