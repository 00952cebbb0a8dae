package org.gongpei.service.county;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A county with its joint-distribution centre, as stored. */
@Entity
@Table(name = "county")
public class County {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String name;
    public String province;
    @Column(name = "provincial_capital")
    public String provincialCapital;
    public String note;
    @Column(name = "centre_name")
    public String centreName;
    @Column(name = "centre_lat")
    public double centreLat;
    @Column(name = "centre_lon")
    public double centreLon;
    @Column(name = "boundary_geojson")
    public String boundaryGeoJson;
    @Column(name = "imported_at", updatable = false)
    public OffsetDateTime importedAt;

    @OneToMany(mappedBy = "county", cascade = CascadeType.PERSIST)
    @OrderBy("code")
    public List<Township> townships = new ArrayList<>();

    @OneToMany(mappedBy = "county", cascade = CascadeType.PERSIST)
    @OrderBy("code")
    public List<Hub> hubs = new ArrayList<>();

    @OneToMany(mappedBy = "county", cascade = CascadeType.PERSIST)
    @OrderBy("code")
    public List<Village> villages = new ArrayList<>();
}
