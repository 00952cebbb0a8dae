package org.gongpei.maps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvMatrixProviderTest {

    @TempDir
    Path dir;

    private static final Location CENTRE = new Location("中心", 36.28, 115.15);
    private static final Location WANG = new Location("王村", 36.30, 115.20);
    private static final Location LI = new Location("李庄", 36.25, 115.10);

    private Path write(String content) throws Exception {
        Path file = dir.resolve("matrix.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsAsymmetricCellsInTheRequestedOrder() throws Exception {
        Path file = write("""
                from,to,distance_m,time_s
                # bought 2024-05 from a map API
                中心,王村,12840,1310
                王村,中心,12910,1325.5
                中心,李庄,8000,700
                李庄,中心,8100,710
                王村,李庄,20000,1900
                李庄,王村,20050,1905
                东村,中心,1,1
                """);
        TravelMatrix matrix = new CsvMatrixProvider(file).matrix(List.of(WANG, CENTRE, LI));
        assertThat(matrix.distanceMetres(0, 1)).isEqualTo(12910);
        assertThat(matrix.timeSeconds(0, 1)).isEqualTo(1325.5);
        assertThat(matrix.distanceMetres(1, 0)).isEqualTo(12840);
        assertThat(matrix.distanceMetres(2, 0)).isEqualTo(20050);
        assertThat(matrix.distanceMetres(1, 1)).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "中心,王村,12840|3|expected 4 fields",
            "中心,王村,abc,1310|3|distance_m 'abc' is not a number",
            "中心,王村,12840,-5|3|time_s must be finite and not negative",
            "中心,王村,NaN,5|3|distance_m must be finite",
            ",王村,1,5|3|labels cannot be empty",
            "中心,王村,1,5|4|appears twice"})
    void badRowIsNamedByItsLine(String badRow, int line, String problem) throws Exception {
        String content = "from,to,distance_m,time_s\n王村,中心,1,1\n" + badRow + "\n"
                + (problem.equals("appears twice") ? badRow + "\n" : "");
        Path file = write(content);
        assertThatThrownBy(() -> new CsvMatrixProvider(file))
                .isInstanceOfSatisfying(MatrixFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(line))
                .hasMessageContaining("line " + line).hasMessageContaining(problem);
    }

    @Test
    void wrongHeaderIsRejected() throws Exception {
        Path file = write("origin;destination;km\n");
        assertThatThrownBy(() -> new CsvMatrixProvider(file)).isInstanceOf(MatrixFormatException.class)
                .hasMessageContaining("line 1").hasMessageContaining(CsvMatrixProvider.HEADER);
    }

    @Test
    void missingPairNamesBothLocations() throws Exception {
        Path file = write("from,to,distance_m,time_s\n中心,王村,1,1\n");
        assertThatThrownBy(() -> new CsvMatrixProvider(file).matrix(List.of(CENTRE, WANG)))
                .isInstanceOf(MatrixFormatException.class).hasMessageContaining("王村 -> 中心");
    }

    @Test
    void cacheKeyFollowsTheContent() throws Exception {
        String before = new CsvMatrixProvider(write("from,to,distance_m,time_s\n中心,王村,1,1\n")).cacheKey();
        String after = new CsvMatrixProvider(write("from,to,distance_m,time_s\n中心,王村,2,1\n")).cacheKey();
        assertThat(after).isNotEqualTo(before);
    }
}
