package org.gongpei.planning.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.junit.jupiter.api.Test;

class DemandCsvTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 16);

    @Test
    void weekFilesFollowTheDocumentedLayoutAndMatchTheGenerator() throws IOException {
        CountyNetworkData county = DemoCounties.bayreuth();
        DemandGenerator generator = new DemandGenerator(county, 3);
        Path dir = Files.createDirectories(Path.of("target", "demand-csv-test"));
        DemandCsv.writeWeek(generator, MONDAY, dir);

        List<String> down = Files.readAllLines(dir.resolve(DemandCsv.DOWN_FILE));
        assertThat(down.get(0)).isEqualTo("date,villageCode,chinaPost,zto,yto,sto,yunda,jt,parcels,chilledParcels,volumeM3,weightKg");
        assertThat(down).hasSize(1 + 7 * county.villages().size());
        int weekTotal = 0;
        for (String row : down.subList(1, down.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells).hasSize(12);
            int carriers = 0;
            for (int c = 2; c < 8; c++) {
                carriers += Integer.parseInt(cells[c]);
            }
            assertThat(Integer.parseInt(cells[8])).as(row).isEqualTo(carriers);
            weekTotal += carriers;
        }
        int expected = 0;
        for (int d = 0; d < 7; d++) {
            expected += generator.downParcels(MONDAY.plusDays(d)).stream().mapToInt(DownParcels::parcels).sum();
        }
        assertThat(weekTotal).isEqualTo(expected);

        List<String> up = Files.readAllLines(dir.resolve(DemandCsv.UP_FILE));
        assertThat(up.get(0)).isEqualTo("date,villageCode,product,parcels,weightKg,volumeM3,readyTime,chilled,maxHoursToColdStorage");
        int shipments = 0;
        for (int d = 0; d < 7; d++) {
            shipments += generator.upShipments(MONDAY.plusDays(d)).size();
        }
        assertThat(up).hasSize(1 + shipments);
        for (String row : up.subList(1, up.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells).hasSize(9);
            assertThat(cells[8].isEmpty()).as(row).isEqualTo(cells[7].equals("false"));
            assertThat(cells[6]).startsWith(cells[0] + "T");
        }
    }
}
