package org.zhurnal.timetable.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.timetable.application.EntryChange;
import org.zhurnal.timetable.application.TimetableService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** A school's weekly timetable: a class's week, its entries, and the dated lessons made from it. */
@Path("schools/{schoolId: \\d+}/timetable")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimetableResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    TimetableService timetable;

    @GET
    @Operation(summary = "A class's timetable valid on a date (default today): every entry, and whether the week is A or B")
    @APIResponse(responseCode = "200", description = "The week")
    @APIResponse(responseCode = "404", description = "No such class in the school (problem JSON)")
    public TimetableViews.WeekView week(@PathParam("schoolId") long schoolId, @QueryParam("classId") String classId,
                              @QueryParam("date") String date) {
        return TimetableViews.WeekView.of(timetable.week(currentActor.require(), schoolId, requiredClass(classId),
                WireDates.date(date, "date")));
    }

    @GET
    @Path("classes")
    @Operation(summary = "The school's academic year containing a date (default today) and its classes")
    @APIResponse(responseCode = "404", description = "No academic year on that date (problem JSON)")
    public TimetableViews.YearClassesView classes(@PathParam("schoolId") long schoolId, @QueryParam("date") String date) {
        return TimetableViews.YearClassesView.of(timetable.classes(currentActor.require(), schoolId,
                WireDates.date(date, "date")));
    }

    @GET
    @Path("options")
    @Operation(summary = "What the editor of a class's timetable chooses from: assignments, rooms, bells, teachers")
    public TimetableViews.OptionsView options(@PathParam("schoolId") long schoolId, @QueryParam("classId") String classId) {
        return TimetableViews.OptionsView.of(timetable.options(currentActor.require(), schoolId, requiredClass(classId)));
    }

    @POST
    @Path("entries")
    @Operation(summary = "Adds an entry and creates its lessons from today on")
    @APIResponse(responseCode = "201", description = "Added: the entry and how many lessons were created")
    @APIResponse(responseCode = "400", description = "Invalid input (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "A teacher, room or class would be in two places; the detail names the clash")
    public Response add(@PathParam("schoolId") long schoolId, TimetableEntryRequest request) {
        if (request == null) {
            throw new InvalidInputException("assignmentId", "Выберите предмет и учителя (назначение)");
        }
        EntryChange change = timetable.add(currentActor.require(), schoolId, request.toInput());
        return Response.status(Response.Status.CREATED).entity(TimetableViews.EntryChangeView.of(change)).build();
    }

    @POST
    @Path("entries/{entryId: \\d+}/end")
    @Operation(summary = "Ends an entry from validTo on: blank lessons from then on are removed, lessons with data kept and listed")
    public TimetableViews.EntryChangeView end(@PathParam("schoolId") long schoolId, @PathParam("entryId") long entryId,
                           Map<String, String> request) {
        return TimetableViews.EntryChangeView.of(timetable.end(currentActor.require(), schoolId, entryId,
                WireDates.date(request == null ? null : request.get("validTo"), "validTo")));
    }

    @DELETE
    @Path("entries/{entryId: \\d+}")
    @Operation(summary = "Removes an entry made by mistake with its blank lessons")
    @APIResponse(responseCode = "409", description = "Some of its lessons hold journal data: end it instead")
    public TimetableViews.EntryChangeView remove(@PathParam("schoolId") long schoolId, @PathParam("entryId") long entryId) {
        return TimetableViews.EntryChangeView.of(timetable.remove(currentActor.require(), schoolId, entryId));
    }

    @POST
    @Path("lessons/generate")
    @Operation(summary = "Creates the missing lessons of an academic year (idempotent): {created}")
    public Map<String, Integer> generate(@PathParam("schoolId") long schoolId, GenerateLessonsRequest request) {
        var actor = currentActor.require();
        return Map.of("created", timetable.generate(actor, schoolId, request == null ? null : request.yearId(),
                request == null ? null : WireDates.date(request.from(), "from"),
                request == null ? null : WireDates.date(request.to(), "to")));
    }

    private static long requiredClass(String classId) {
        Long id = QueryNumbers.longOrNull(classId, "classId");
        if (id == null) {
            throw new InvalidInputException("classId", "Выберите класс");
        }
        return id;
    }
}
