package org.gongpei.service.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.county.County;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.gongpei.service.roads.RoadEstimate;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.service.roads.StoredRoadNetwork;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A daily plan as stored: the request, the progress of its solve and, when done, the result as JSON. */
@Entity
@Table(name = "daily_plan")
public class StoredPlan implements JobRecord {

    private static final ObjectMapper ESTIMATES = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    public County county;

    @Embedded
    public JobState state = new JobState();

    @Column(name = "plan_date")
    public LocalDate planDate;
    @Column(name = "stopped_early")
    public boolean stoppedEarly;
    @Column(name = "demand_seed")
    public Long demandSeed;
    @Enumerated(EnumType.STRING)
    @Column(name = "hub_choice")
    public HubChoice hubChoice;
    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;
    @Column(name = "best_score")
    public String bestScore;

    @Column(name = "cost_fen")
    public Long costFen;
    @Column(name = "distance_metres")
    public Long distanceMetres;
    @Column(name = "vehicles_used")
    public Integer vehiclesUsed;
    @Column(name = "parcels_delivered")
    public Integer parcelsDelivered;
    @Column(name = "unserved_villages")
    public Integer unservedVillages;
    public Boolean feasible;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String demand;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "vehicle_profiles")
    public String vehicleProfiles;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
    /** The uploaded road network the plan is solved on; null for the configured file ({@link #roadSource}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "road_network_id")
    public StoredRoadNetwork roadNetwork;
    /** The configured road file the plan is solved on, when it is not an uploaded network. */
    @Column(name = "road_source")
    public String roadSource;
    /** The assumptions of a plan on straight-line estimates ({@link RoadEstimate} as JSON); null on roads. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "road_estimate")
    public String roadEstimate;
    /** The version of the county's fleet settings the plan is built with (0: the demo defaults). */
    @Column(name = "fleet_settings_version")
    public int fleetSettingsVersion;

    /** The revision in {@link #result}: 0 as solved, one more per real-time change. */
    public int revision;

    @OneToMany(mappedBy = "plan")
    @OrderBy("revision")
    public List<PlanRevision> revisions = new ArrayList<>();

    /** @return the road network the plan is solved on; null for a plan stored before plans recorded it */
    public RoadVersion roads() {
        if (roadNetwork != null) {
            return new RoadVersion(roadNetwork.id, roadNetwork.sourceName, roadNetwork.contentSha256);
        }
        if (roadEstimate != null) {
            try {
                return RoadVersion.estimateOf(ESTIMATES.readValue(roadEstimate, RoadEstimate.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Plan " + id + " has unreadable road assumptions", e);
            }
        }
        return roadSource == null ? null : new RoadVersion(null, roadSource, null);
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public JobState jobState() {
        return state;
    }

    @Override
    public void bestScore(String bestScore) {
        this.bestScore = bestScore;
    }
}
