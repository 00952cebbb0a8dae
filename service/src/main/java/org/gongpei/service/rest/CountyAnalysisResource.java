package org.gongpei.service.rest;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.analysis.AnalysisJobs;
import org.gongpei.service.analysis.AnalysisRequest;
import org.gongpei.service.analysis.AnalysisService;
import org.gongpei.service.analysis.AnalysisView;

/** Scenario analyses of a county: start one in the background on generated or uploaded demand, list them. */
@Path("/api/v1/counties/{code}/analyses")
@Tag(name = "Scenario analyses", description = "Separate against joint distribution, cost to serve, parity, subsidy")
public class CountyAnalysisResource {

    @Inject
    AnalysisJobs jobs;

    @Inject
    AnalysisService analyses;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare separate, joint and partial distribution of a county day, generated or (multipart) "
            + "uploaded as CSV; runs in the background")
    @APIResponse(responseCode = "202", description = "Queued; Location names the analysis")
    @APIResponse(responseCode = "400", description = "Malformed JSON, e.g. a bad date, an unknown scenario or field")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "422", description = "A field breaks a rule: time limit, tolerance, negative subsidy, "
            + "unknown province or village")
    @APIResponse(responseCode = "429", description = "The analysis queue is full")
    public Response start(@PathParam("code") String code, AnalysisRequest request) {
        AnalysisView view = jobs.submit(code, request);
        return Response.accepted(view).location(URI.create("/api/v1/analyses/" + view.id())).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare separate, joint and partial distribution of a county day uploaded as CSV (down "
            + "parcels, optional up shipments); runs in the background")
    @APIResponse(responseCode = "202", description = "Queued; Location names the analysis")
    @APIResponse(responseCode = "400", description = "A form field cannot be read, or the file down is missing")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "413", description = "The upload is larger than gongpei.upload.max-size")
    @APIResponse(responseCode = "422", description = "A field breaks a rule, the files break a rule or name unknown "
            + "villages, or no row is of the day; every problem is listed")
    @APIResponse(responseCode = "429", description = "The analysis queue is full")
    public Response startWithCsv(@PathParam("code") String code, @BeanParam AnalysisForm form) {
        AnalysisRequest request = form.request(json);
        AnalysisView view = jobs.submitUploaded(code, request, DemandFiles.down(form.down), DemandFiles.up(form.up));
        return Response.accepted(view).location(URI.create("/api/v1/analyses/" + view.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's analyses with their status, newest first, without reports")
    @APIResponse(responseCode = "404", description = "Unknown county")
    public List<AnalysisView> list(@PathParam("code") String code) {
        return analyses.list(code);
    }
}
