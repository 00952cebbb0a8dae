package org.gongpei.service.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountyNetworkValidatorTest {

    private static final CentreData CENTRE = new CentreData("中心", 36.285, 115.148);
    private static final List<TownshipData> TOWNSHIPS = List.of(new TownshipData("130425100", "大名镇", null, null));

    @ParameterizedTest(name = "village at ({0}, {1}) without an outline: {2} error(s)")
    @CsvSource({
            "36.30, 115.20, 0",  // about 5 km from the centre
            "37.50, 115.148, 0", // about 135 km north: still within 150 km
            "37.70, 115.148, 1", // about 157 km north
            "91.00, 115.148, 1", // not a latitude
            "0.0, 0.0, 1"        // missing coordinates read as zero
    })
    void withoutAnOutlinePointsMustLieWithin150KmOfTheCentre(double lat, double lon, int errors) {
        CountyNetworkData county = new CountyNetworkData("X1", "县", "省", "省会", null, CENTRE, TOWNSHIPS, List.of(),
                List.of(new VillageData("V1", "村", "130425100", lat, lon, 100, false, true)), List.of());

        List<InputError> found = CountyNetworkValidator.validate(county, CountyNetworkValidator.Locator.JSON);

        assertThat(found).hasSize(errors);
        found.forEach(error -> assertThat(error.location()).isEqualTo("villages[0]"));
    }

    @ParameterizedTest(name = "code ''{0}'' is valid: {1}")
    @CsvSource({"130425, true", "DE-BT-N, true", "a_b, true", "'county 1', false", "'县', false",
            "123456789012345678901234567890123, false"})
    void countyCodes(String code, boolean valid) {
        CountyNetworkData county = new CountyNetworkData(code, "县", "省", "省会", null, CENTRE, TOWNSHIPS, List.of(),
                List.of(new VillageData("V1", "村", "130425100", 36.30, 115.20, 100, false, true)), List.of());

        assertThat(CountyNetworkValidator.validate(county, CountyNetworkValidator.Locator.JSON)).hasSize(valid ? 0 : 1);
    }

    @ParameterizedTest(name = "hub with capacity {0} and township {1}: {2} error(s)")
    @CsvSource({"100, 130425100, 0", "-1, 130425100, 1", "100, 999, 1", "-1, 999, 2"})
    void hubs(int capacity, String townshipCode, int errors) {
        CountyNetworkData county = new CountyNetworkData("X2", "县", "省", "省会", null, CENTRE, TOWNSHIPS,
                List.of(new HubData("H1", "站", townshipCode, 36.30, 115.20, true, false, capacity)),
                List.of(new VillageData("V1", "村", "130425100", 36.30, 115.20, 100, false, true)), List.of());

        List<InputError> found = CountyNetworkValidator.validate(county, CountyNetworkValidator.Locator.CSV);

        assertThat(found).hasSize(errors);
        found.forEach(error -> assertThat(error.location()).isEqualTo("hubs.csv row 2"));
    }
}
