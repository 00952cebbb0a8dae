package org.gongpei.datasets.bayreuth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongpei.datasets.CarRouter;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.Test;

class BayreuthCountyTest {

    private static final CountyNetworkData COUNTY = DemoCounties.bayreuth();

    @Test
    void hasACentreHubsAndAtLeastTwentyStations() {
        assertThat(COUNTY.code()).isEqualTo("DE-BT-N");
        assertThat(COUNTY.note()).contains("OpenStreetMap", "ODbL", "SYNTHETIC");
        assertThat(COUNTY.centre().name()).isNotBlank();
        assertThat(COUNTY.hubs()).hasSize(BayreuthGenerator.HUBS).allMatch(HubData::designated);
        assertThat(COUNTY.villages().stream().filter(VillageData::station).count()).isGreaterThanOrEqualTo(20);
        Set<String> townshipCodes = COUNTY.townships().stream().map(TownshipData::code).collect(Collectors.toSet());
        assertThat(COUNTY.villages()).allSatisfy(v -> assertThat(townshipCodes).contains(v.townshipCode()));
        assertThat(COUNTY.hubs()).allSatisfy(h -> assertThat(townshipCodes).contains(h.townshipCode()));
    }

    @Test
    void placesAreTheMapsOwnNamedPlacesAndTheCentreIsTheLargest() {
        List<OsmPlace> places = new OsmPlaceReader(DemoCounties.bayreuthRoads()).places();
        // the extract holds 22 villages and 48 hamlets (shared/README.md)
        assertThat(places).hasSize(70);
        assertThat(COUNTY.villages()).extracting(VillageData::code)
                .containsExactlyInAnyOrderElementsOf(places.stream().map(p -> "N" + p.id()).toList());
        int largest = places.stream().filter(p -> p.population() != null).mapToInt(OsmPlace::population).max().orElseThrow();
        OsmPlace centre = places.stream().filter(p -> p.population() != null && p.population() == largest).findFirst().orElseThrow();
        assertThat(COUNTY.centre().lat()).isEqualTo(centre.lat());
        assertThat(COUNTY.centre().lon()).isEqualTo(centre.lon());
    }

    @Test
    void everyStationIsRoutableFromTheCentreOnTheRealRoads() throws IOException {
        CentreData c = COUNTY.centre();
        List<String> unreachable = new ArrayList<>();
        try (CarRouter router = new CarRouter(DemoCounties.bayreuthRoads(), Path.of("target", "graphhopper-bayreuth-test"))) {
            for (VillageData v : COUNTY.villages()) {
                if (router.distanceMetres(c.lat(), c.lon(), v.lat(), v.lon()).isEmpty()) {
                    unreachable.add(v.name());
                }
            }
        }
        assertThat(unreachable).isEmpty();
    }

    @Test
    void regeneratingWithTheDefaultSeedGivesTheCommittedFiles() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "bayreuth-regeneration-test"));
        BayreuthGenerator.generate(out, BayreuthGenerator.DEFAULT_SEED);
        for (String file : new String[] {"county.json", "demand-down-week.csv", "demand-up-week.csv"}) {
            try (InputStream committed = DemoCounties.open("/org/gongpei/datasets/bayreuth/" + file)) {
                assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(committed.readAllBytes());
            }
        }
    }
}
