package org.zhurnal.federal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.federal.application.AnalyticsExports;
import org.zhurnal.web.security.CurrentActor;

/** The analytics export's files for the region administrator: list, download, re-run a date (docs/exchange-federal.md). */
@Path("analytics-exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnalyticsExportsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    AnalyticsExports exports;

    @GET
    @Operation(summary = "The export files in the outbox, newest date first")
    @APIResponse(responseCode = "403", description = "Not the region administrator (problem JSON)")
    public List<AnalyticsFileView> files() {
        return exports.files(currentActor.require()).stream().map(AnalyticsFileView::of).toList();
    }

    @GET
    @Path("{name}")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Downloads one export file")
    @APIResponse(responseCode = "404", description = "No such export file (problem JSON)")
    public Response download(@PathParam("name") String name) {
        byte[] content = exports.read(currentActor.require(), name);
        String type = name.endsWith(".csv") ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8";
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @POST
    @Path("runs")
    @Operation(summary = "Exports a past date again (its files are replaced)")
    @APIResponse(responseCode = "400", description = "No date or not a past date (problem JSON, field date)")
    public AnalyticsRunView run(AnalyticsRunRequest request) {
        String date = request == null ? null : request.date();
        int rows = exports.run(currentActor.require(), date);
        return new AnalyticsRunView(date.strip(), rows);
    }
}
