package org.gongpei.service.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongpei.planning.analysis.CurrentPractice;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.SubsidyOptions;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.analysis.AnalysisRequest;
import org.gongpei.service.plan.FormFields;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The multipart form of a scenario analysis on an uploaded demand day: the fields of the JSON request as text
 * (lists comma-separated: {@code scenarios=SEPARATE,JOINT}, {@code remoteVillages=…}; subsidies as
 * {@code 2025:0.3,2026:0.2}) and the demand files.
 */
public class AnalysisForm {

    @RestForm
    public String date;
    @RestForm
    public String timeLimitSeconds;
    @RestForm
    public String solverSeeds;
    @RestForm
    public String hubs;
    @RestForm
    public String scenarios;
    @RestForm
    public String province;
    @RestForm
    public String referenceYuanPerParcel;
    @RestForm
    public String tolerancePercent;
    @RestForm
    public String remoteRoadMinutes;
    @RestForm
    public String remoteVillages;
    @RestForm
    public String subsidyYuanPerParcel;
    @RestForm
    public String subsidyFlow;
    @RestForm
    public String revenueYuanPerParcel;
    @RestForm
    public String volumeGrowthPercent;
    @RestForm
    public String unservedPenaltyYuanPerParcel;
    /** Today's practice as the JSON object of the JSON request's {@code currentPractice}; optional. */
    @RestForm
    public String currentPractice;
    /** Down parcels, CSV; required. */
    @RestForm
    public FileUpload down;
    /** Up shipments, CSV; optional. */
    @RestForm
    public FileUpload up;

    /**
     * @param json the service's JSON reader, which reads {@code currentPractice} as the JSON request does
     * @return the request the fields spell, not yet checked against the rules
     * @throws org.gongpei.service.county.InvalidInputException (400) naming every field that cannot be read
     */
    private CurrentPractice currentPractice(FormFields form, ObjectMapper json) {
        if (currentPractice == null || currentPractice.isBlank()) {
            return null;
        }
        try {
            return json.readValue(currentPractice, CurrentPractice.class);
        } catch (JsonProcessingException e) {
            return form.fail("currentPractice", "currentPractice is not a JSON object of brands: "
                    + e.getOriginalMessage());
        }
    }

    AnalysisRequest request(ObjectMapper json) {
        FormFields form = new FormFields("analysis request");
        List<ScenarioKind> kinds = FormFields.list(scenarios) == null ? null : FormFields.list(scenarios).stream()
                .map(kind -> form.choice("scenarios", kind, ScenarioKind.class)).toList();
        AnalysisRequest request = new AnalysisRequest(form.date("date", date), null,
                form.integer("timeLimitSeconds", timeLimitSeconds), form.choice("hubs", hubs, HubChoice.class), kinds,
                province == null || province.isBlank() ? null : province.trim(),
                form.decimal("referenceYuanPerParcel", referenceYuanPerParcel),
                form.decimal("tolerancePercent", tolerancePercent), form.integer("remoteRoadMinutes", remoteRoadMinutes),
                FormFields.list(remoteVillages), subsidy(form),
                form.choice("subsidyFlow", subsidyFlow, SubsidyOptions.Flow.class),
                form.decimal("revenueYuanPerParcel", revenueYuanPerParcel),
                form.decimal("volumeGrowthPercent", volumeGrowthPercent), currentPractice(form, json),
                form.integer("solverSeeds", solverSeeds),
                form.decimal("unservedPenaltyYuanPerParcel", unservedPenaltyYuanPerParcel));
        form.throwIfAny();
        return request;
    }

    private Map<Integer, Double> subsidy(FormFields form) {
        List<String> items = FormFields.list(subsidyYuanPerParcel);
        if (items == null || items.isEmpty()) {
            return null;
        }
        Map<Integer, Double> byYear = new LinkedHashMap<>();
        for (String item : items) {
            String[] parts = item.split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                form.fail("subsidyYuanPerParcel", "'" + item + "' is not year:yuan, e.g. 2025:0.3");
                continue;
            }
            Integer year = form.integer("subsidyYuanPerParcel", parts[0]);
            Double yuan = form.decimal("subsidyYuanPerParcel", parts[1]);
            if (year != null && yuan != null) {
                byYear.put(year, yuan);
            }
        }
        return byYear;
    }
}
