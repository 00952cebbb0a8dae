package org.gongpei.service.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;

/**
 * Random edits of valid county CSV files: the reader and the validator either accept the county or name its
 * problems with {@link InvalidInputException} or input errors; nothing else escapes (which would be a 500).
 */
class CountyCsvPropertiesTest {

    private static final String TOWNSHIPS = "code,name,lat,lon\n130425100,大名镇,36.285,115.148\n";
    private static final String VILLAGES = "code,name,townshipCode,lat,lon,population,poor,station\n"
            + "130425100001,北关,130425100,36.29,115.15,2100,false,true\n"
            + "130425100002,一铺,130425100,36.28,115.16,800,true,false\n";
    private static final String HUBS = "code,name,townshipCode,lat,lon,designated,coldStorage,capacityParcelsPerDay\n"
            + "H1,大名镇站,130425100,36.285,115.148,true,false,3000\n";
    private static final CountyCsvReader.CountyHeader HEADER = new CountyCsvReader.CountyHeader("P001", "县", "河北省",
            "石家庄市", null, new CentreData("中心", 36.285, 115.148), List.of());

    @Property(tries = 400)
    void countyFilesAreAcceptedOrRefusedWithNamedProblems(@ForAll("counties") List<String> files) {
        try {
            CountyNetworkData county = CountyCsvReader.read(HEADER, files.get(0), files.get(1), files.get(2));
            List<InputError> errors = CountyNetworkValidator.validate(county, CountyNetworkValidator.Locator.CSV);
            assertThat(errors).allSatisfy(error -> assertThat(error.message()).isNotBlank());
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.message()).isNotBlank());
        }
    }

    @Provide
    Arbitrary<List<String>> counties() {
        return Combinators.combine(oneMutated(TOWNSHIPS), oneMutated(VILLAGES), oneMutated(HUBS)).as(List::of);
    }

    private static Arbitrary<String> oneMutated(String valid) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(valid)),
                net.jqwik.api.Tuple.of(3, org.gongpei.planning.imports.MutatedFiles.of(valid)));
    }
}
