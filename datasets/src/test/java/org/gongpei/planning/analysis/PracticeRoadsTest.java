package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.Location;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.analysis.CurrentPractice.BrandPractice;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.MatrixSource;
import org.junit.jupiter.api.Test;

/** Today's routes measured on the county's matrix: from the centre through the villages in order and back. */
class PracticeRoadsTest {

    private static final CountyNetworkData COUNTY = DemoCounties.bayreuth();
    private static final MatrixSource ROADS = MatrixSource.haversine(1.3, 30);

    @Test
    void aTripIsMeasuredFromTheCentreThroughItsVillagesInOrderAndBack() {
        VillageData a = COUNTY.villages().get(0);
        VillageData b = COUNTY.villages().get(5);
        CurrentPractice practice = new CurrentPractice(List.of(new BrandPractice("DHL", 1, 2, null, null,
                List.of(List.of(a.code(), b.code()), List.of(b.code())))), null);

        CurrentPractice.TripMetres trips = PracticeRoads.tripMetres(COUNTY, practice, ROADS);

        TravelMatrix matrix = ROADS.matrix(VehicleProfile.VAN, List.of(
                new Location("centre", COUNTY.centre().lat(), COUNTY.centre().lon()),
                new Location(a.code(), a.lat(), a.lon()), new Location(b.code(), b.lat(), b.lon())));
        assertThat(trips.metres(List.of(a.code(), b.code()))).isEqualTo(Math.round(
                matrix.distanceMetres(0, 1) + matrix.distanceMetres(1, 2) + matrix.distanceMetres(2, 0)));
        assertThat(trips.metres(List.of(b.code(), a.code()))).as("the order of the villages is kept")
                .isEqualTo(Math.round(matrix.distanceMetres(0, 2) + matrix.distanceMetres(2, 1)
                        + matrix.distanceMetres(1, 0)));
        assertThat(trips.metres(List.of(b.code())))
                .isEqualTo(Math.round(matrix.distanceMetres(0, 2) + matrix.distanceMetres(2, 0)));
    }

    @Test
    void aVillageOfAnotherCountyIsRefused() {
        CurrentPractice practice = new CurrentPractice(List.of(new BrandPractice("DHL", 1, 1, null, null,
                List.of(List.of("NOT-A-VILLAGE")))), null);

        assertThatIllegalArgumentException().isThrownBy(() -> PracticeRoads.tripMetres(COUNTY, practice, ROADS))
                .withMessageContaining("NOT-A-VILLAGE");
    }
}
