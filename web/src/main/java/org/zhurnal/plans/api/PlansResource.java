package org.zhurnal.plans.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.plans.application.LessonTopics;
import org.zhurnal.plans.application.PlanService;
import org.zhurnal.plans.application.PlanSummary;
import org.zhurnal.plans.application.PlanView;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.staffimport.api.UploadedFile;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** Thematic plans (КТП) of a school: list, read, create, replace topics, import from Excel/CSV, topics for a lesson. */
@Path("schools/{schoolId: \\d+}/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    PlanService plans;

    @GET
    @Operation(summary = "The plans of an academic year, each with hours against the curriculum and a warning")
    public List<PlanSummary> list(@PathParam("schoolId") long schoolId, @QueryParam("yearId") String yearId) {
        return plans.ofYear(currentActor.require(), schoolId, QueryNumbers.longOrNull(yearId, "yearId"));
    }

    @GET
    @Path("subjects")
    @Operation(summary = "The subjects a plan may be made for: the region's catalogue and the school's own")
    public List<org.zhurnal.timetable.application.TimetableOptions.Named> subjects(@PathParam("schoolId") long schoolId) {
        return plans.subjects(currentActor.require(), schoolId);
    }

    @POST
    @Operation(summary = "Creates a plan")
    @APIResponse(responseCode = "201", description = "Created: the plan with its topics")
    @APIResponse(responseCode = "409", description = "The plan already exists")
    @APIResponse(responseCode = "422", description = "Topics with problems: errors [{row, field, message}]")
    public Response create(@PathParam("schoolId") long schoolId, NewPlanRequest request) {
        if (request == null) {
            throw new InvalidInputException("yearId", "Выберите учебный год");
        }
        return Response.status(Response.Status.CREATED)
                .entity(plans.create(currentActor.require(), schoolId, request.toInput())).build();
    }

    @GET
    @Path("{planId: \\d+}")
    @Operation(summary = "A plan with its topics")
    public PlanView get(@PathParam("schoolId") long schoolId, @PathParam("planId") long planId) {
        return plans.get(currentActor.require(), schoolId, planId);
    }

    @PUT
    @Path("{planId: \\d+}/topics")
    @Operation(summary = "Replaces the plan's topics (all or nothing; topics used by lessons keep their ids)")
    @APIResponse(responseCode = "422", description = "Topics with problems: errors [{row, field, message}]")
    public PlanView replaceTopics(@PathParam("schoolId") long schoolId, @PathParam("planId") long planId,
                                  Map<String, List<TopicRequest>> request) {
        return plans.replaceTopics(currentActor.require(), schoolId, planId,
                TopicRequest.inputs(request == null ? null : request.get("topics")));
    }

    @POST
    @Path("{planId: \\d+}/import")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replaces the plan's topics by a file (.xlsx or CSV; the body): columns Тема, Часы, Вид, Домашнее задание")
    @APIResponse(responseCode = "400", description = "Empty or unreadable file, no header (field file)")
    @APIResponse(responseCode = "422", description = "Rows with problems: errors [{row, field, message}]; nothing changed")
    public PlanView importFile(@PathParam("schoolId") long schoolId, @PathParam("planId") long planId,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        var actor = currentActor.require();
        byte[] content = UploadedFile.read(body).orElseThrow(() -> new InvalidInputException("file",
                "Файл больше 5 МБ"));
        Optional<StaffFileFormat> format = UploadedFile.format(type, content);
        return plans.importFile(actor, schoolId, planId, format.orElseThrow(() -> new InvalidInputException("file",
                "Загрузите КТП в формате Excel (.xlsx) или CSV")), content);
    }

    @GET
    @Path("for-lesson/{lessonId: \\d+}")
    @Operation(summary = "The plan's topics for a lesson, with those used by earlier lessons of its class marked")
    public LessonTopics forLesson(@PathParam("schoolId") long schoolId, @PathParam("lessonId") long lessonId) {
        return plans.forLesson(currentActor.require(), schoolId, lessonId);
    }
}
