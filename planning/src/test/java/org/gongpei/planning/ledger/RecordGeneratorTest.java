package org.gongpei.planning.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordGeneratorTest {

    private static final CountyNetworkData COUNTY = new CountyNetworkData("G1", "县", "省", "省会", null,
            new CentreData("中心", 36.285, 115.148), List.of(new TownshipData("T1", "镇", null, null)), List.of(),
            List.of(new VillageData("V1", "甲村", "T1", 36.30, 115.20, 1_500, false, true),
                    new VillageData("V2", "乙村", "T1", 36.35, 115.05, 800, true, true),
                    new VillageData("V3", "丙村", "T1", 36.20, 115.25, 2_500, false, true)),
            List.of());
    private static final List<String> CARRIERS = List.of("顺丰", "中通", "京东");

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameRowsAndTheRowsPassEveryImportRule() throws IOException {
        List<DeliveryRecord> first = new ArrayList<>();
        List<DeliveryRecord> again = new ArrayList<>();
        new RecordGenerator(COUNTY, CARRIERS, 5).stream(LocalDate.of(2025, 6, 1), 14, first::add);
        new RecordGenerator(COUNTY, CARRIERS, 5).stream(LocalDate.of(2025, 6, 1), 14, again::add);

        assertThat(first).isEqualTo(again).hasSizeBetween(14 * 15, 14 * 25);
        assertThat(first.stream().map(DeliveryRecord::waybill).distinct()).hasSameSizeAs(first);
        LedgerReader.Result read = readBack(first);
        assertThat(read.problems().first()).isEmpty();
        assertThat(read.validRows()).isEqualTo(first.size());
        double late = first.stream().filter(r -> r.deliverySeconds() > 72 * 3600).count() / (double) first.size();
        assertThat(late).isBetween(0.0, 0.08); // about 3 % wait one or two days more
    }

    @Test
    void injectsEachFalsificationAndListsItInTheManifest() throws IOException {
        GeneratedRecords records = new RecordGenerator(COUNTY, CARRIERS, 9).generate(LocalDate.of(2025, 6, 1), 14,
                EnumSet.allOf(RecordInjection.class), 0.01);

        assertThat(records.injected()).containsOnlyKeys(RecordInjection.values());
        assertThat(records.injected().values()).allSatisfy(waybills -> assertThat(waybills).isNotEmpty());
        Set<String> twice = records.second().stream().map(DeliveryRecord::waybill).collect(Collectors.toSet());
        assertThat(twice).isEqualTo(records.injected().get(RecordInjection.WAYBILL_IN_TWO_BATCHES));
        assertThat(records.injected().get(RecordInjection.BULK_SIGN_OFF)).hasSizeGreaterThanOrEqualTo(10);
        // the import refuses exactly the rows signed before their arrival
        LedgerReader.Result read = readBack(records.first());
        assertThat(read.problems().counts()).containsOnlyKeys(LedgerRule.TIMES_OUT_OF_ORDER);
        Set<String> refused = read.problems().first().stream().map(LedgerProblem::row)
                .map(row -> records.first().get((int) (row - 2)).waybill()).collect(Collectors.toSet());
        assertThat(refused).isEqualTo(records.injected().get(RecordInjection.SIGNED_BEFORE_ARRIVAL));
    }

    @Test
    void roadTimeFalsificationsAreTooFastInTheFarthestVillageAndPairedOnANewVehicle() {
        GeneratedRecords records = new RecordGenerator(COUNTY, CARRIERS, 4).generate(LocalDate.of(2025, 6, 1), 14,
                EnumSet.of(RecordInjection.FASTER_THAN_ROAD_FROM_CENTRE, RecordInjection.VEHICLE_FASTER_THAN_ROAD),
                0.01);
        java.util.Map<String, DeliveryRecord> byWaybill = records.first().stream()
                .collect(Collectors.toMap(DeliveryRecord::waybill, row -> row));

        Set<String> fast = records.injected().get(RecordInjection.FASTER_THAN_ROAD_FROM_CENTRE);
        int cases = (int) Math.round(records.first().size() * 0.01);
        assertThat(fast).hasSize(cases);
        assertThat(fast).allSatisfy(waybill -> {
            DeliveryRecord row = byWaybill.get(waybill);
            assertThat(row.villageCode()).isEqualTo("V3"); // 13.2 km from the centre, V2 11.4 km, V1 4.9 km
            assertThat(java.time.Duration.between(row.leftCentre(), row.arrivedAtStation())).hasMinutes(1);
        });
        List<DeliveryRecord> paired = records.injected().get(RecordInjection.VEHICLE_FASTER_THAN_ROAD).stream()
                .map(byWaybill::get).toList();
        assertThat(paired).hasSize(2 * cases);
        java.util.Map<String, List<DeliveryRecord>> byVehicle = paired.stream()
                .collect(Collectors.groupingBy(DeliveryRecord::vehicle));
        assertThat(byVehicle).hasSize(cases).allSatisfy((vehicle, rows) -> {
            assertThat(rows).extracting(DeliveryRecord::villageCode).contains("V3").doesNotHaveDuplicates();
            assertThat(records.first().stream().filter(row -> vehicle.equals(row.vehicle()))).hasSize(2);
            assertThat(java.time.Duration.between(rows.get(0).arrivedAtStation(), rows.get(1).arrivedAtStation())
                    .abs()).hasMinutes(3);
        });
    }

    private LedgerReader.Result readBack(List<DeliveryRecord> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (RecordCsv csv = new RecordCsv(text)) {
            for (DeliveryRecord row : rows) {
                csv.write(row);
            }
        }
        Path file = dir.resolve("generated.csv");
        Files.writeString(file, text.toString());
        LedgerRules rules = new LedgerRules(Set.of("V1", "V2", "V3"), Set.copyOf(CARRIERS), Instant.now(),
                LedgerTimes.CHINA);
        return LedgerReader.read(LedgerFile.of(file, "generated.csv"), "generated.csv", rules, (n, r, d) -> { });
    }
}
