package org.gongpei.service.county;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A village-level unit and its station, as stored. */
@Entity
@Table(name = "village")
public class Village extends CountyPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public Township township;

    public double lat;
    public double lon;
    public int population;
    public boolean poor;
    public boolean station;
}
