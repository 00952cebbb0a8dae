package org.gongpei.service.analysis;

import java.util.Locale;

import org.gongpei.planning.analysis.Parity;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.SubsidyAnalysis;
import org.gongpei.planning.analysis.VillageCost;

/** The analysis as CSV files (the printable report is {@link BureauReport}). */
public final class AnalysisExports {

    private AnalysisExports() {
    }

    /** @return one row per scenario: the metrics, costs in yuan */
    public static String scenariosCsv(ScenarioReport report) {
        StringBuilder csv = new StringBuilder("scenario,solves,km,vehicleDays,driverHours,fixedYuan,distanceYuan,timeYuan,"
                + "handlingYuan,costYuan,yuanPerParcel,co2Kg,villagesServed,villageVisits,parcelsDelivered,parcelsPickedUp,"
                + "unservedParcels,averageAgeHours,worstAgeHours\n");
        for (ScenarioMetrics m : report.scenarios()) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%.1f,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.4f,%.1f,%d,%d,%d,%d,%d,%.2f,%.2f%n",
                    m.kind(), m.solves(), m.distanceMetres() / 1000.0, m.vehicleDays(), m.driverSeconds() / 3600.0,
                    m.cost().fixedFen() / 100.0, m.cost().distanceFen() / 100.0, m.cost().timeFen() / 100.0,
                    m.cost().handlingFen() / 100.0, m.totalFen() / 100.0, m.costPerParcelFen() / 100, m.co2Grams() / 1000.0,
                    m.villagesServed(), m.villageVisits(), m.parcelsDelivered(), m.parcelsPickedUp(), m.unservedParcels(),
                    m.averageParcelAgeSeconds() / 3600.0, m.worstParcelAgeSeconds() / 3600.0));
        }
        return csv.toString();
    }

    /** @return one row per village of the joint network: its cost share, parity and break-even without subsidy */
    public static String costToServeCsv(ScenarioReport report) {
        StringBuilder csv = new StringBuilder("villageCode,villageName,townshipCode,depotCode,parcelsDelivered,parcelsPickedUp,"
                + "roadKmFromCentre,roadMinutesFromCentre,visitYuan,trunkYuan,handlingYuan,totalYuan,yuanPerParcel,"
                + "parityRatio,onPar,remote,breakEvenParcelsWithoutSubsidy,firstYearWithoutSubsidy\n");
        for (int i = 0; i < report.villages().size(); i++) {
            VillageCost v = report.villages().get(i);
            Parity.VillageParity parity = report.parity() == null ? null : report.parity().villages().get(i);
            SubsidyAnalysis.VillageRow subsidy = report.subsidy() == null ? null : report.subsidy().villages().get(i);
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%.2f,%.1f,%.2f,%.2f,%.2f,%.2f,%.4f,%s,%s,%s,%s,%s%n",
                    v.code(), csvText(v.name()), v.townshipCode(), v.depotCode(), v.parcelsDelivered(), v.parcelsPickedUp(),
                    v.roadMetresFromCentre() / 1000.0, v.roadSecondsFromCentre() / 60.0, v.visitFen() / 100.0,
                    v.trunkFen() / 100.0, v.handlingFen() / 100.0, v.totalFen() / 100.0, v.costPerParcelFen() / 100,
                    parity == null ? "" : String.format(Locale.ROOT, "%.3f", parity.ratio()),
                    parity == null ? "" : parity.onPar(), parity == null ? "" : parity.remote(),
                    subsidy == null || subsidy.breakEvenWithoutSubsidy() == null ? ""
                            : String.format(Locale.ROOT, "%.1f", subsidy.breakEvenWithoutSubsidy()),
                    subsidy == null || subsidy.firstYearWithoutSubsidy() == null ? "" : subsidy.firstYearWithoutSubsidy()));
        }
        return csv.toString();
    }

    /** @return one row per year of the subsidy schedule */
    public static String subsidyCsv(ScenarioReport report) {
        StringBuilder csv = new StringBuilder("year,subsidyYuanPerParcel,subsidyYuanPerDay,netCostYuanPerParcel,viableVillages\n");
        if (report.subsidy() != null) {
            for (SubsidyAnalysis.YearRow y : report.subsidy().years()) {
                csv.append(String.format(Locale.ROOT, "%d,%.2f,%.2f,%.4f,%d%n", y.year(), y.subsidyFenPerParcel() / 100.0,
                        y.subsidyFen() / 100.0, y.netCostPerParcelFen() / 100, y.viableVillages()));
            }
        }
        return csv.toString();
    }

    private static String csvText(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
