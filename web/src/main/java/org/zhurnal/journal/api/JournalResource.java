package org.zhurnal.journal.api;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.journal.application.ChangeRequestService;
import org.zhurnal.journal.application.ChangeRequests;
import org.zhurnal.journal.application.JournalGrid;
import org.zhurnal.journal.application.JournalGridService;
import org.zhurnal.journal.application.TeacherDay;
import org.zhurnal.journal.application.TeacherDayService;
import org.zhurnal.journal.domain.MarkChangeRequest;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** The journal across lessons: the grid, the teacher's day, the administrator's change requests. */
@Path("journal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    JournalGridService grids;

    @Inject
    TeacherDayService days;

    @Inject
    ChangeRequestService requests;

    @GET
    @Path("grid")
    @Operation(summary = "Students × lessons of a class (or group) and subject for a period, with averages")
    @APIResponse(responseCode = "400", description = "classId or subjectId missing or not a number")
    public JournalGrid grid(@QueryParam("classId") String classId, @QueryParam("subjectId") String subjectId,
                            @QueryParam("groupId") String groupId, @QueryParam("periodId") String periodId) {
        return grids.grid(currentActor.require(), required(classId, "classId"), required(subjectId, "subjectId"),
                QueryNumbers.longOrNull(groupId, "groupId"), QueryNumbers.longOrNull(periodId, "periodId"));
    }

    @GET
    @Path("my-lessons")
    @Operation(summary = "The signed-in teacher's lessons of a day (today by default) and what they teach")
    public TeacherDay myLessons(@QueryParam("date") String date) {
        return days.myDay(currentActor.require(), WireDates.date(date, "date"));
    }

    @GET
    @Path("change-requests")
    @Operation(summary = "The school's mark change requests (state PENDING, APPROVED or REFUSED; all without)")
    public List<ChangeRequests.Item> changeRequests(@QueryParam("schoolId") String schoolId,
                                                    @QueryParam("state") String state) {
        return requests.ofSchool(currentActor.require(), required(schoolId, "schoolId"),
                WireDates.choice(MarkChangeRequest.State.class, state, "state"));
    }

    @POST
    @Path("change-requests/{requestId: \\d+}/approve")
    @Operation(summary = "Approves a change request: the mark changes, the history names the approver")
    public Response approve(@PathParam("requestId") long requestId) {
        requests.approve(currentActor.require(), requestId);
        return Response.noContent().build();
    }

    @POST
    @Path("change-requests/{requestId: \\d+}/refuse")
    @Operation(summary = "Refuses a change request with a reason ({\"reason\": …})")
    public Response refuse(@PathParam("requestId") long requestId, RefusalRequest refusal) {
        requests.refuse(currentActor.require(), requestId, refusal == null ? null : refusal.reason());
        return Response.noContent().build();
    }

    /** Why a change request is refused. */
    public record RefusalRequest(String reason) {
    }

    private static Long required(String value, String field) {
        Long number = QueryNumbers.longOrNull(value, field);
        if (number == null) {
            throw new InvalidInputException(field, "Не указан обязательный параметр");
        }
        return number;
    }
}
