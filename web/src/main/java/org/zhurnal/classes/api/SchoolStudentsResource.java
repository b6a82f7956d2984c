package org.zhurnal.classes.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.directory.api.PeopleItemViews;
import org.zhurnal.directory.api.PeoplePageView;
import org.zhurnal.directory.api.SchoolStudentList;
import org.zhurnal.web.security.CurrentActor;

/** A school's students: the list (searched and paged, see {@link SchoolStudentList}) and enrolment into classes. */
@Path("schools/{schoolId: \\d+}/students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolStudentsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    StudentService students;

    @Inject
    SchoolStudentList list;

    @GET
    @Operation(summary = "The students on the school's class lists on a day (today by default), of one class when "
            + "classId is given; q finds part of «Фамилия Имя Отчество» regardless of case and «ё»; by name, paged")
    @APIResponse(responseCode = "200", description = "One page and the total")
    @APIResponse(responseCode = "400", description = "page below 0, size outside 1..100, q longer than 200, a bad "
            + "classId or date (problem JSON, field)")
    @APIResponse(responseCode = "403", description = "Not the region administrator or the school's journal administrator")
    public PeoplePageView<PeopleItemViews.StudentView> list(@PathParam("schoolId") long schoolId, @QueryParam("q") String text,
                                                  @QueryParam("classId") String classId, @QueryParam("date") String date,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return list.page(currentActor.require(), schoolId, text, classId, date, page, size);
    }

    @POST
    @Operation(summary = "Enrols a student into a class from a date: finds the person card by SNILS or creates it")
    @APIResponse(responseCode = "201", description = "Enrolled")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, e.g. arrivedOn outside the "
            + "class's year (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "The student is already in a class on that date, or the "
            + "SNILS is on somebody else's card")
    public Response enrol(@PathParam("schoolId") long schoolId, EnrolStudentRequest request) {
        var actor = currentActor.require();
        PersonItem student = students.enrol(actor, schoolId,
                (request == null ? EnrolStudentRequest.EMPTY : request).toInput());
        return Response.status(Response.Status.CREATED)
                .entity(new StudentView(student.personId(), student.displayName())).build();
    }
}
