package org.zhurnal.timetable.api;

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
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.timetable.application.SubstitutionService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** Substitutions (замены) of single lessons: cancel, another teacher, another room, another day or slot. */
@Path("schools/{schoolId: \\d+}/timetable")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubstitutionsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SubstitutionService substitutions;

    @GET
    @Path("substitutions")
    @Operation(summary = "The substitutions of lessons that were or are on a date (default today)")
    public List<TimetableViews.SubstitutionResponse> ofDay(@PathParam("schoolId") long schoolId, @QueryParam("date") String date) {
        return substitutions.ofDay(currentActor.require(), schoolId, WireDates.date(date, "date")).stream()
                .map(TimetableViews.SubstitutionResponse::of).toList();
    }

    @GET
    @Path("lessons")
    @Operation(summary = "A class's lessons of a date (default today) with their state and substitutions")
    public List<TimetableViews.DayLessonView> lessons(@PathParam("schoolId") long schoolId, @QueryParam("classId") String classId,
                                   @QueryParam("date") String date) {
        Long id = QueryNumbers.longOrNull(classId, "classId");
        if (id == null) {
            throw new InvalidInputException("classId", "Выберите класс");
        }
        return substitutions.lessonsOf(currentActor.require(), schoolId, id, WireDates.date(date, "date")).stream()
                .map(TimetableViews.DayLessonView::of).toList();
    }

    @POST
    @Path("lessons/{lessonId: \\d+}/{kind: cancel|teacher|room|move}")
    @Operation(summary = "Cancels a lesson {reason}, gives it to {teacherId}, moves it to {roomId} or to {date, slotNumber}")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "Clash with another lesson, or the lesson is cancelled")
    public Response change(@PathParam("schoolId") long schoolId, @PathParam("lessonId") long lessonId,
                           @PathParam("kind") String kind, LessonChangeRequest body) {
        var actor = currentActor.require();
        LessonChangeRequest request = body == null ? LessonChangeRequest.EMPTY : body;
        switch (kind) {
            case "cancel" -> substitutions.cancel(actor, schoolId, lessonId, request.reason());
            case "teacher" -> substitutions.changeTeacher(actor, schoolId, lessonId, request.teacherId(), request.reason());
            case "room" -> substitutions.changeRoom(actor, schoolId, lessonId, request.roomId(), request.reason());
            default -> substitutions.move(actor, schoolId, lessonId, WireDates.date(request.date(), "date"),
                    request.bellScheduleId(), request.slotNumber(), request.reason());
        }
        return Response.noContent().build();
    }
}
