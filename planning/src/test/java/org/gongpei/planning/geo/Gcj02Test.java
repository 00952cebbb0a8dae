package org.gongpei.planning.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Gcj02Test {

    @Test
    void inverseUndoesTheForwardOffset() {
        LatLon wgs = new LatLon(36.28, 115.14);
        LatLon back = Gcj02.toWgs84(Gcj02.fromWgs84(wgs));
        assertThat(back.lat()).isCloseTo(wgs.lat(), within(1e-8));
        assertThat(back.lon()).isCloseTo(wgs.lon(), within(1e-8));
    }

    @Test
    void offsetInHebeiIsAFewHundredMetres() {
        LatLon wgs = new LatLon(36.28, 115.14);
        double offsetMetres = wgs.distanceMetres(Gcj02.fromWgs84(wgs));
        assertThat(offsetMetres).isBetween(100.0, 800.0);
    }
}
