package org.zhurnal.diary.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.diary.application.AbsenceReportService;
import org.zhurnal.diary.application.AbsenceReportView;
import org.zhurnal.diary.application.ClassAbsencesView;
import org.zhurnal.diary.domain.AbsenceDecision;
import org.zhurnal.web.security.CurrentActor;

/** The class teacher's attendance follow-up: the day's absences of their class, decisions on reports. */
@Path("class-teacher")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassTeacherResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    AbsenceReportService absences;

    @GET
    @Path("absences")
    @Operation(summary = "The day's absences (attendance marks and absence reports) in the classes the person leads")
    public ClassAbsencesView absences(@QueryParam("date") String date) {
        return absences.classAbsences(currentActor.require(), WireDates.date(date, "date"));
    }

    @POST
    @Path("absence-reports/{id: \\d+}/decision")
    @Operation(summary = "Decides on an absence report: ACCEPTED with code ILL (Б) or EXCUSED (У), or REJECTED")
    @APIResponse(responseCode = "403", description = "Not the class teacher of the report's class")
    @APIResponse(responseCode = "409", description = "Already decided")
    public AbsenceReportView decide(@PathParam("id") long id, AbsenceDecisionRequest request) {
        AbsenceDecisionRequest body = request == null ? AbsenceDecisionRequest.EMPTY : request;
        return absences.decide(currentActor.require(), id,
                WireDates.choice(AbsenceDecision.class, body.decision(), "decision"), body.code());
    }
}
