package org.gongpei.service.county;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A township-level unit of a county, as stored; its seat coordinates may be unknown. */
@Entity
@Table(name = "township")
public class Township extends CountyPart {

    public Double lat;
    public Double lon;
}
