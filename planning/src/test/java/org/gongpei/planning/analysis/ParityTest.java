package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ParityTest {

    private static final ProvinceReference HEBEI = ProvinceReference.find(ProvinceReference.defaults(), "河北省").orElseThrow();

    /** A village with its whole share as visit cost, no handling. */
    private static VillageCost village(String code, long totalFen, int parcels, long roadSeconds) {
        return new VillageCost(code, code, "T", "H", parcels, 0, totalFen, 0, 0, 1000, roadSeconds);
    }

    @Test
    void onParWithinTheToleranceAndRemoteVillagesExempt() {
        ParityOptions options = new ParityOptions(HEBEI, 10, 3600, Set.of("LISTED"));
        List<VillageCost> villages = List.of(
                village("NEAR", 1320, 10, 600), // 1.32 yuan a parcel: 1.20 × 1.10, exactly on the edge
                village("FAR", 5000, 10, 3600), // 5 yuan, an hour away: remote by time
                village("LISTED", 3000, 10, 100), // 3 yuan, remote by the list
                village("DEAR", 1330, 10, 100)); // 1.33 yuan: just over

        Parity parity = Parity.of(villages, options);

        assertThat(parity.villages()).extracting(Parity.VillageParity::onPar).containsExactly(true, false, false, false);
        assertThat(parity.villages()).extracting(Parity.VillageParity::remote).containsExactly(false, true, true, false);
        assertThat(parity.countyCostPerParcelFen()).isEqualTo((1320 + 5000 + 3000 + 1330) / 40.0);
        assertThat(parity.nonRemoteCostPerParcelFen()).isEqualTo((1320 + 1330) / 20.0); // 132.5 fen
        assertThat(parity.nonRemoteRatio()).isEqualTo(132.5 / 120);
        assertThat(parity.onPar()).isFalse(); // 132.5 > 132
        assertThat(Parity.of(villages.subList(0, 3), options).onPar()).isTrue(); // only NEAR is not remote
    }

    @Test
    void noTimeRuleWithAThresholdOfZero() {
        ParityOptions options = new ParityOptions(HEBEI, 10, 0, Set.of());
        assertThat(options.remote(village("FAR", 5000, 10, 99_999))).isFalse();
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> new ParityOptions(HEBEI, 101, 0, Set.of())).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new ParityOptions(HEBEI, -1, 0, Set.of())).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new ParityOptions(HEBEI, 10, -5, Set.of())).hasMessageContaining("threshold");
        assertThat(ProvinceReference.find(ProvinceReference.defaults(), "火星省")).isEmpty();
    }
}
