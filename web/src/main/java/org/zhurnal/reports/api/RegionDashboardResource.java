package org.zhurnal.reports.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.reports.application.RegionDashboard;
import org.zhurnal.reports.application.RegionDashboardService;
import org.zhurnal.web.security.CurrentActor;

/** The region dashboard: quality, progress, attendance and journal keeping per municipality and school. */
@Path("region/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionDashboardResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    RegionDashboardService service;

    @GET
    @Operation(summary = "Per municipality and school: pupils, quality, progress, attendance, journal completeness")
    @APIResponse(responseCode = "403", description = "Not the region administrator")
    public RegionDashboard dashboard() {
        return service.dashboard(currentActor.require());
    }
}
