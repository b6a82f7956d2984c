package org.zhurnal.federal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.federal.application.MySchoolSchedules;
import org.zhurnal.federal.application.ScheduleRange;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.web.security.PlatformTokenVerifier;
import org.zhurnal.web.security.PlatformTokens;

/**
 * The federal platform «Моя школа» pulls a student's schedule by their ESIA id (docs/api-myschool.md). Only a
 * Keycloak bearer token of an allowed machine client counts: the browser session is never read. Errors are
 * {@code OperationOutcome} JSON, not problem JSON, as the platform expects.
 */
@RequestScoped
@Path("/myschool/Schedule/{esiaId}")
@Produces(MediaType.APPLICATION_JSON)
public class MySchoolScheduleResource {

    @Inject
    PlatformTokens tokens;

    @Inject
    MySchoolSchedules schedules;

    @GET
    public Response schedule(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @PathParam("esiaId") String esiaId, @QueryParam("start") String start,
                             @QueryParam("end") String end) {
        PlatformTokenVerifier.PlatformClient client;
        try {
            client = tokens.verify(authorization);
        } catch (PlatformTokenVerifier.Refused e) {
            return OperationOutcomes.refused(e.status(), e.getMessage());
        }
        try {
            ScheduleRange range = new ScheduleRange(WireDates.date(start, "start"), WireDates.date(end, "end"));
            var schedule = schedules.pull(client.issuer(), client.clientId(), esiaId, range);
            return Response.ok(ScheduleJson.schedule(schedule).toString(), OperationOutcomes.JSON)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        } catch (InvalidInputException e) {
            return OperationOutcomes.invalid(e.field().orElse("start"), e.getMessage());
        } catch (NotFoundException e) {
            return OperationOutcomes.notFound(e.getMessage());
        }
    }
}
