package org.gongpei.service.rest;

import org.gongpei.service.calendar.CalendarRequest;
import org.gongpei.service.calendar.CalendarRequests;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The multipart form of a calendar or target-cost comparison on an uploaded demand week: the fields of the JSON
 * request as text ({@code serviceDays} comma-separated, e.g. {@code MON,TUE}) and the demand files.
 */
public class CalendarForm {

    /** The Monday of the uploaded week, yyyy-mm-dd; required. */
    @RestForm
    public String weekStart;
    @RestForm
    public String targetHours;
    @RestForm
    public String serviceDays;
    @RestForm
    public String dayTimeLimitSeconds;
    @RestForm
    public String hubs;
    /** Down parcels, CSV; required. */
    @RestForm
    public FileUpload down;
    /** Up shipments, CSV; optional. */
    @RestForm
    public FileUpload up;

    /** @return the checked request, without seed */
    CalendarRequest request() {
        return CalendarRequests.fromForm(weekStart, targetHours, serviceDays, dayTimeLimitSeconds, hubs);
    }
}
