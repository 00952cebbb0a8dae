package org.gongpei.service.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A township hub (designated or candidate), as stored. */
@Entity
@Table(name = "hub")
public class Hub {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    public County county;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public Township township;

    public String code;
    public String name;
    public double lat;
    public double lon;
    public boolean designated;
    @Column(name = "cold_storage")
    public boolean coldStorage;
    @Column(name = "capacity_parcels_per_day")
    public Integer capacityParcelsPerDay;
}
