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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.diary.application.AbsenceReportService;
import org.zhurnal.diary.application.AbsenceReportView;
import org.zhurnal.diary.application.AttendanceSummary;
import org.zhurnal.diary.application.ChildView;
import org.zhurnal.diary.application.DiaryService;
import org.zhurnal.diary.application.HomeworkItem;
import org.zhurnal.diary.application.MarksReport;
import org.zhurnal.diary.application.WeekView;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/**
 * The diary (дневник) of a student for the student, their legal representatives and their class teacher;
 * everybody else gets 403. Contract: docs/api-diary.md.
 */
@Path("diary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiaryResource {

    private static final String STUDENT = "{studentPersonId: \\d+}";

    @Inject
    CurrentActor currentActor;

    @Inject
    DiaryService diary;

    @Inject
    AbsenceReportService absences;

    @Context
    Providers providers;

    @GET
    @Path("children")
    @Operation(summary = "The students whose diary the signed-in person reads as themselves or as a legal representative")
    public List<ChildView> children() {
        return diary.children(currentActor.require());
    }

    @GET
    @Path(STUDENT + "/week")
    @Operation(summary = "The week (Monday–Saturday) containing the date: lessons, topics, homework, marks, attendance")
    @APIResponse(responseCode = "403", description = "Not the student, a legal representative or the class teacher")
    @APIResponse(responseCode = "200", description = "The week",
            content = @Content(schema = @Schema(implementation = WeekView.class)))
    public Response week(@PathParam("studentPersonId") long student, @QueryParam("date") String date) {
        return RenderedPages.json(providers,
                diary.weekPage(currentActor.require(), student, WireDates.date(date, "date")), WeekView.class);
    }

    @GET
    @Path(STUDENT + "/marks")
    @Operation(summary = "Marks by subject in a reporting period with weighted averages")
    @APIResponse(responseCode = "200", description = "Marks by subject",
            content = @Content(schema = @Schema(implementation = MarksReport.class)))
    public Response marks(@PathParam("studentPersonId") long student, @QueryParam("periodId") String periodId) {
        return RenderedPages.json(providers,
                diary.marksPage(currentActor.require(), student, QueryNumbers.longOrNull(periodId, "periodId")),
                MarksReport.class);
    }

    @GET
    @Path(STUDENT + "/homework")
    @Operation(summary = "Homework of the lessons from one date to another (at most 31 days)")
    @APIResponse(responseCode = "200", description = "Homework by lesson",
            content = @Content(schema = @Schema(implementation = HomeworkItem.class, type = SchemaType.ARRAY)))
    public Response homework(@PathParam("studentPersonId") long student, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        return RenderedPages.json(providers, diary.homeworkPage(currentActor.require(), student,
                WireDates.date(from, "from"), WireDates.date(to, "to")), List.class);
    }

    @GET
    @Path(STUDENT + "/attendance")
    @Operation(summary = "Lessons held and Н/Б/У by subject in a reporting period, up to today")
    @APIResponse(responseCode = "200", description = "Attendance by subject",
            content = @Content(schema = @Schema(implementation = AttendanceSummary.class)))
    public Response attendance(@PathParam("studentPersonId") long student, @QueryParam("periodId") String periodId) {
        return RenderedPages.json(providers, diary.attendancePage(currentActor.require(), student,
                QueryNumbers.longOrNull(periodId, "periodId")), AttendanceSummary.class);
    }

    @GET
    @Path(STUDENT + "/absence-reports")
    @Operation(summary = "The student's absence reports and their decisions, from 60 days back")
    public List<AbsenceReportView> absenceReports(@PathParam("studentPersonId") long student) {
        return diary.absenceReports(currentActor.require(), student);
    }

    @POST
    @Path(STUDENT + "/absence-reports")
    @Operation(summary = "A legal representative reports the child's absence in advance")
    @APIResponse(responseCode = "201", description = "Reported; the class teacher decides on it")
    @APIResponse(responseCode = "400", description = "A field is wrong (from, to, reason, comment)")
    @APIResponse(responseCode = "403", description = "Not a current legal representative of the student")
    public Response report(@PathParam("studentPersonId") long student, AbsenceReportRequest request) {
        AbsenceReportView filed = absences.report(currentActor.require(), student,
                (request == null ? AbsenceReportRequest.EMPTY : request).toInput());
        return Response.status(Response.Status.CREATED).entity(filed).build();
    }
}
