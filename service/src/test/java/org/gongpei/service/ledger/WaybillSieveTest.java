package org.gongpei.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class WaybillSieveTest {

    @Test
    void everyRepeatedWaybillIsACandidateAndFewOthersAre() {
        WaybillSieve sieve = new WaybillSieve(100_000);
        for (int i = 0; i < 100_000; i++) {
            sieve.add("SF" + i);
        }
        sieve.add("SF17");
        sieve.add("SF99999");
        sieve.add("SF17");
        Set<String> candidates = sieve.candidates().orElseThrow();
        assertThat(candidates).contains("SF17", "SF99999");
        assertThat(candidates.size()).isLessThan(3_000);
    }

    @Test
    void tooManyCandidatesMeanTheWholeBatchIsChecked() {
        WaybillSieve sieve = new WaybillSieve(10_000);
        for (int i = 0; i <= WaybillSieve.MAX_CANDIDATES + 1; i++) {
            sieve.add("JD" + i);
            sieve.add("JD" + i);
        }
        assertThat(sieve.candidates()).isEmpty();
    }
}
