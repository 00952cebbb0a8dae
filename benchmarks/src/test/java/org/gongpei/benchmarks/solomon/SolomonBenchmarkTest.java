package org.gongpei.benchmarks.solomon;

import org.gongpei.solver.solomon.BestKnownSolutions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import org.gongpei.solver.solver.SearchConfigs;
import org.gongpei.solver.solver.SearchConfigs.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolomonBenchmarkTest {

    @Test
    void solvesAndChecksATruncatedInstance(@TempDir Path emptyDir) throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/solomon/C101.txt").toURI());

        SolomonBenchmark.Result result = SolomonBenchmark.run(file,
                SearchConfigs.config(Search.NEARBY, Duration.ofSeconds(1)), 10,
                BestKnownSolutions.read(emptyDir.resolve("BKS.json")));

        assertThat(result.instance()).isEqualTo("C101");
        assertThat(result.feasible()).isTrue();
        assertThat(result.vehicles()).isBetween(1, 25);
        // the first 10 customers are all more than 15 units from the depot (40, 50), so any plan drives over 30
        assertThat(result.distance()).isGreaterThan(30.0);
        assertThat(result.gapPercent()).isEmpty(); // a truncated instance has no best-known distance
    }
}
