package org.gongpei.service.design;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A station plan job as stored: the checked request, the roads it is sited on, its progress and, when done, the
 * {@link StationPlanResult} as JSON.
 */
@Entity
@Table(name = "station_plan")
public class StoredStationPlan extends DesignJobRecord {
}
