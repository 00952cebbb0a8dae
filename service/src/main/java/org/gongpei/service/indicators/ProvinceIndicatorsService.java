package org.gongpei.service.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.county.CountySummary;
import org.gongpei.service.indicators.ProgrammeIndicators.Coverage;
import org.gongpei.service.indicators.ProvinceIndicators.Totals;

/** The provinces of the counties a caller may see, and a province's counties' indicators side by side. */
@ApplicationScoped
public class ProvinceIndicatorsService {

    @Inject
    IndicatorsService indicators;

    /** @return the provinces of these counties, by name, each with its counties by code */
    public static List<Province> provinces(Collection<CountySummary> counties) {
        Map<String, List<Province.County>> byProvince = new TreeMap<>();
        counties.stream().sorted(Comparator.comparing(CountySummary::code)).forEach(county -> byProvince
                .computeIfAbsent(county.province(), p -> new ArrayList<>())
                .add(new Province.County(county.code(), county.name())));
        return byProvince.entrySet().stream().map(e -> new Province(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * @param counties the counties the caller may see, of every province
     * @param from first day of the period, inclusive
     * @param to the day after the last, exclusive
     * @throws ProvinceNotFoundException when none of the counties lies in the province
     */
    public ProvinceIndicators compute(String province, Collection<CountySummary> counties, LocalDate from, LocalDate to,
            int targetHours) {
        List<ProgrammeIndicators> rows = counties.stream().filter(c -> c.province().equals(province))
                .sorted(Comparator.comparing(CountySummary::code))
                .map(c -> indicators.compute(c.code(), from, to, targetHours)).toList();
        if (rows.isEmpty()) {
            throw new ProvinceNotFoundException(province);
        }
        return new ProvinceIndicators(province, from, to, targetHours, rows, totals(rows));
    }

    static Totals totals(List<ProgrammeIndicators> rows) {
        int villages = sum(rows, Coverage::villages);
        int stations = sum(rows, Coverage::stations);
        int poor = sum(rows, Coverage::poorVillages);
        int poorWithStation = sum(rows, Coverage::poorWithStation);
        int townships = sum(rows, Coverage::townships);
        int townshipsWithStation = sum(rows, Coverage::townshipsWithStation);
        long parcels = 0;
        double within = 0;
        for (ProgrammeIndicators row : rows) {
            if (row.delivery().recordParcels() != null) {
                parcels += row.delivery().recordParcels();
                within += row.delivery().recordParcels() * row.delivery().recordShareWithin();
            }
        }
        int onPar = (int) rows.stream().filter(row -> Boolean.TRUE.equals(row.costs().onPar())).count();
        return new Totals(rows.size(), villages, stations, share(stations, villages), poor, poorWithStation,
                share(poorWithStation, poor), sum(rows, Coverage::largeVillages), sum(rows, Coverage::largeWithStation),
                townships, townshipsWithStation, share(townshipsWithStation, townships), parcels == 0 ? null : parcels,
                parcels == 0 ? null : within / parcels,
                median(rows.stream().map(row -> row.delivery().plannedShareOfParcelsWithin()).toList()),
                median(rows.stream().map(row -> row.costs().costPerParcelYuan()).toList()),
                median(rows.stream().map(row -> row.costs().ratio()).toList()), onPar);
    }

    /** @return the median of the values that are there, null when none is */
    static Double median(List<Double> values) {
        List<Double> known = values.stream().filter(Objects::nonNull).sorted().toList();
        if (known.isEmpty()) {
            return null;
        }
        int middle = known.size() / 2;
        return known.size() % 2 == 1 ? known.get(middle) : (known.get(middle - 1) + known.get(middle)) / 2;
    }

    private static int sum(List<ProgrammeIndicators> rows, Function<Coverage, Integer> figure) {
        return rows.stream().mapToInt(row -> figure.apply(row.coverage())).sum();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
