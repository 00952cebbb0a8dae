package org.gongpei.service.indicators;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The printable programme indicator report (绩效评价指标) of a county and period, in Chinese or English, for A4:
 * coverage, delivery times, cost against the provincial capital with its trend, farm products and the subsidy. This
 * class builds the rows in the reader's language from the {@code IndicatorsReport} message bundle; the page is the
 * template {@code templates/indicatorsReport.html}.
 */
public final class IndicatorsReport {

    private IndicatorsReport() {
    }

    @CheckedTemplate(basePath = "")
    record indicatorsReport(Page page) implements TemplateInstance {
    }

    /** The whole report. */
    public record Page(String lang, String title, String meta, List<Section> sections) {
    }

    /** One part of the report: a heading and its rows of a label and a value. */
    public record Section(String heading, List<Row> rows) {
    }

    /** One figure and its value, formatted. */
    public record Row(String label, String value) {
    }

    /**
     * @param language "zh" or "en"
     * @throws IllegalArgumentException for another language
     */
    public static String render(ProgrammeIndicators indicators, String language) {
        Texts texts = new Texts(language);
        return new indicatorsReport(page(indicators, texts)).render();
    }

    static Page page(ProgrammeIndicators in, Texts t) {
        List<Section> sections = new ArrayList<>();
        var c = in.coverage();
        sections.add(new Section(t.get("coverage"), List.of(
                new Row(t.get("stations"), t.get("ofCount", c.stations(), c.villages(), percent(c.shareOfVillages()))),
                new Row(t.get("poorCovered"), t.get("ofCount", c.poorWithStation(), c.poorVillages(), percent(c.shareOfPoor()))),
                new Row(t.get("largeCovered", c.largePopulation()), t.get("ofCount", c.largeWithStation(), c.largeVillages(),
                        percent(c.largeVillages() == 0 ? 0 : (double) c.largeWithStation() / c.largeVillages()))),
                new Row(t.get("townshipsCovered"), t.get("ofCount", c.townshipsWithStation(), c.townships(),
                        percent(c.townships() == 0 ? 0 : (double) c.townshipsWithStation() / c.townships()))))));
        var d = in.delivery();
        sections.add(new Section(t.get("delivery", in.targetHours()), List.of(
                new Row(t.get("fromRecords"), d.recordParcels() == null ? t.get("none")
                        : t.get("shareOf", percent(d.recordShareWithin()), d.recordParcels())),
                new Row(t.get("planned"), d.calendarId() == null ? t.get("none")
                        : t.get("plannedShare", percent(d.plannedShareOfParcelsWithin()), d.calendarTargetHours(),
                                d.calendarId())),
                new Row(t.get("remoteRule"), d.remoteRule() == null ? t.get("none")
                        : t.get("remoteRule." + d.remoteRule().source(), fixed(d.remoteRule().roadMinutes()),
                                d.remoteRule().villageCodes().size())),
                new Row(t.get("fromRecordsExceptRemote"), d.recordShareWithinExceptRemote() == null ? t.get("none")
                        : percent(d.recordShareWithinExceptRemote())))));
        var k = in.costs();
        List<Row> costs = new ArrayList<>();
        if (k.analysisId() == null) {
            costs.add(new Row(t.get("analysis"), t.get("none")));
        } else {
            costs.add(new Row(t.get("analysis"), t.get("analysisOf", k.analysisId(), k.analysisDate().toString())));
            costs.add(new Row(t.get("costPerParcel"), yuan(k.costPerParcelYuan())));
            if (k.referenceYuanPerParcel() != null) {
                costs.add(new Row(t.get("reference", in.provincialCapital()), yuan(k.referenceYuanPerParcel())
                        + " (" + (k.referenceSourceCode() == null ? k.referenceSource() : t.get("source." + k.referenceSourceCode())) + ")"));
                costs.add(new Row(t.get("referenceYear"), k.referenceYear() == null ? t.get("none")
                        : t.get("referenceYearOf", String.valueOf(k.referenceYear()), String.valueOf(k.referenceSourceDate()))));
                costs.add(new Row(t.get("ratio"), String.format(Locale.ROOT, "%.2f", k.ratio()) + " · "
                        + t.get(Boolean.TRUE.equals(k.onPar()) ? "onPar" : "notOnPar")));
            }
            costs.add(new Row(t.get("farmCollected"), k.farmParcelsCollected() == null ? t.get("none")
                    : String.valueOf(k.farmParcelsCollected())));
            k.trend().forEach(p -> costs.add(new Row(t.get("trendPoint", p.date().toString(), p.analysisId()),
                    yuan(p.costPerParcelYuan()) + " · " + String.format(Locale.ROOT, "%.2f", p.ratio()))));
        }
        sections.add(new Section(t.get("costs"), costs));
        if (!k.subsidy().isEmpty()) {
            sections.add(new Section(t.get("subsidy"), k.subsidy().stream().map(y -> new Row(String.valueOf(y.year()),
                    t.get("subsidyYear", yuan(y.subsidyYuanPerParcel()), yuan(y.netCostPerParcelYuan())))).toList()));
        }
        if (!in.missing().isEmpty()) {
            sections.add(new Section(t.get("missingHeading"), in.missing().stream()
                    .map(code -> new Row(t.get("missing." + code), "")).toList()));
        }
        return new Page(t.language, t.get("title", in.countyName()), t.get("meta", in.countyCode(), in.from().toString(),
                in.to().minusDays(1).toString(), in.targetHours()), sections);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String fixed(double minutes) {
        return minutes == Math.rint(minutes) ? String.valueOf((long) minutes) : String.format(Locale.ROOT, "%.1f", minutes);
    }

    private static String yuan(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The report's words in one language. */
    static final class Texts {
        final String language;
        private final Locale locale;
        private final ResourceBundle bundle;

        Texts(String language) {
            this.language = language;
            this.locale = switch (language) {
                case "zh" -> Locale.CHINESE;
                case "en" -> Locale.ROOT;
                default -> throw new IllegalArgumentException("lang is zh or en, was " + language);
            };
            this.bundle = ResourceBundle.getBundle("org.gongpei.service.indicators.IndicatorsReport", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key, Object... arguments) {
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        }
    }
}
