package org.zhurnal.reports.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.reports.application.ProgressReport;
import org.zhurnal.reports.application.ProgressReportService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** A school's progress report for a reporting period, as JSON or as a CSV table (Excel opens it). */
@Path("schools/{schoolId: \\d+}/reports/progress")
@RequestScoped
public class ProgressReportsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    ProgressReportService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per class and subject: отличники, хорошисты, с одной «3», неуспевающие, н/а, shares, absences")
    @APIResponse(responseCode = "403", description = "Not the school's journal administrator, director, deputy or the region")
    public ProgressReport report(@PathParam("schoolId") long schoolId, @QueryParam("period") String period,
                                 @QueryParam("yearId") String yearId) {
        return service.report(currentActor.require(), schoolId, QueryNumbers.longOrNull(yearId, "yearId"), period(period));
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The same report as a CSV table (semicolons, UTF-8 with BOM)")
    @APIResponse(responseCode = "403", description = "As the JSON report")
    public Response csv(@PathParam("schoolId") long schoolId, @QueryParam("period") String period,
                        @QueryParam("yearId") String yearId) {
        ProgressReport report = service.report(currentActor.require(), schoolId,
                QueryNumbers.longOrNull(yearId, "yearId"), period(period));
        return Response.ok(ProgressReportCsv.of(report))
                .header("Content-Disposition", "attachment; filename=\"progress-" + schoolId + "-" + report.periodNumber()
                        + ".csv\"").build();
    }

    private static Integer period(String value) {
        Long number = QueryNumbers.longOrNull(value, "period");
        return number == null ? null : number.intValue();
    }
}
