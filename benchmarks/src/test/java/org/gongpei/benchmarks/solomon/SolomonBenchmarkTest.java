package org.gongpei.benchmarks.solomon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.gongpei.solver.solomon.BestKnownSolutions;
import org.gongpei.solver.solver.SearchConfigs;
import org.gongpei.solver.solver.SearchConfigs.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolomonBenchmarkTest {

    @Test
    void solvesAndChecksATruncatedInstance(@TempDir Path emptyDir) throws IOException {
        // the instance ships in the solver's test jar: copy it out to a file
        Path file = emptyDir.resolve("C101.txt");
        try (InputStream in = getClass().getResourceAsStream("/solomon/C101.txt")) {
            Files.copy(in, file);
        }

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
