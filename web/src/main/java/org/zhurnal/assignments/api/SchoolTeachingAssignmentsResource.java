package org.zhurnal.assignments.api;

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
import org.zhurnal.assignments.application.AssignmentFilter;
import org.zhurnal.assignments.application.AssignmentItem;
import org.zhurnal.assignments.application.TeachingAssignmentService;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** A school's teaching assignments (нагрузка): who teaches which subject to which class, group or stream. */
@Path("schools/{schoolId: \\d+}/teaching-assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolTeachingAssignmentsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    TeachingAssignmentService assignments;

    @GET
    @Operation(summary = "The assignments, optionally of a year, a class (with its groups and streams), a teacher, current on a date")
    @APIResponse(responseCode = "200", description = "The assignments")
    public List<AssignmentItem> list(@PathParam("schoolId") long schoolId,
                                     @QueryParam("academicYearId") String yearId, @QueryParam("classId") String classId,
                                     @QueryParam("teacherPersonId") String teacherId, @QueryParam("date") String date) {
        var actor = currentActor.require();
        return assignments.list(actor, schoolId, new AssignmentFilter(QueryNumbers.longOrNull(yearId, "academicYearId"),
                QueryNumbers.longOrNull(classId, "classId"), QueryNumbers.longOrNull(teacherId, "teacherPersonId"),
                WireDates.date(date, "date")));
    }

    @POST
    @Operation(summary = "Assigns a teacher a subject in a class, a group or a stream")
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "400", description = "A choice is wrong (field: academicYearId, subjectId, teacherPersonId, classId, groupId, streamId, audience, validFrom)")
    @APIResponse(responseCode = "409", description = "The teacher already teaches it (field teacherPersonId)")
    public Response create(@PathParam("schoolId") long schoolId, NewAssignmentRequest request) {
        var actor = currentActor.require();
        AssignmentItem created = assignments.assign(actor, schoolId,
                (request == null ? NewAssignmentRequest.EMPTY : request).toInput());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
