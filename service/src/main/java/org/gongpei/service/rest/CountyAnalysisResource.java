package org.gongpei.service.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
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

/** Scenario analyses of a county: start one in the background, list the county's analyses. */
@Path("/api/v1/counties/{code}/analyses")
@Tag(name = "Scenario analyses", description = "Separate against joint distribution, cost to serve, parity, subsidy")
public class CountyAnalysisResource {

    @Inject
    AnalysisJobs jobs;

    @Inject
    AnalysisService analyses;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare separate, joint and partial distribution of a county day; runs in the background")
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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's analyses with their status, newest first, without reports")
    @APIResponse(responseCode = "404", description = "Unknown county")
    public List<AnalysisView> list(@PathParam("code") String code) {
        return analyses.list(code);
    }
}
