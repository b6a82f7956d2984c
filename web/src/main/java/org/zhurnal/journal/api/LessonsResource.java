package org.zhurnal.journal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.journal.application.CellHistory;
import org.zhurnal.journal.application.CellHistoryService;
import org.zhurnal.journal.application.ChangeRequestService;
import org.zhurnal.journal.application.JournalEdit;
import org.zhurnal.journal.application.LessonJournalService;
import org.zhurnal.journal.application.LessonJournalService.SavedJournal;
import org.zhurnal.journal.application.LessonPage;
import org.zhurnal.journal.application.NewChangeRequest;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** One lesson's journal: its page, the one save, the history of its cells, change requests for its marks. */
@Path("lessons/{lessonId: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    LessonJournalService journal;

    @Inject
    CellHistoryService history;

    @Inject
    ChangeRequestService requests;

    @GET
    @Operation(summary = "The lesson's page: lesson, students at its date with marks and attendance, kinds of work, permissions")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "403", description = "Neither keeps nor oversees this lesson's journal")
    @APIResponse(responseCode = "404", description = "No such lesson")
    public LessonPage get(@PathParam("lessonId") long lessonId) {
        return journal.page(currentActor.require(), lessonId);
    }

    @PUT
    @Path("journal")
    @Operation(summary = "Saves the lesson's topic, homework, attendance and marks in one request")
    @APIResponse(responseCode = "200", description = "Saved: the lesson's new version and the numbers of changed cells")
    @APIResponse(responseCode = "400", description = "A rule refuses a change (Russian message, field)")
    @APIResponse(responseCode = "409", description = "The lesson was changed meanwhile (field version) or its period is closed")
    public SavedJournal save(@PathParam("lessonId") long lessonId, JournalEdit edit) {
        return journal.save(currentActor.require(), lessonId, edit);
    }

    @GET
    @Path("history")
    @Operation(summary = "The history of the lesson's marks and attendance (of one student with studentId), oldest first")
    public List<CellHistory.Entry> history(@PathParam("lessonId") long lessonId, @QueryParam("studentId") String studentId) {
        return history.of(currentActor.require(), lessonId, QueryNumbers.longOrNull(studentId, "studentId"));
    }

    @POST
    @Path("change-requests")
    @Operation(summary = "Asks the journal administrator to change or remove a mark after its window")
    @APIResponse(responseCode = "201", description = "Requested: {\"id\": …}")
    @APIResponse(responseCode = "400", description = "Nothing to request (the window is open, no reason…)")
    @APIResponse(responseCode = "409", description = "The cell already has a pending request")
    public Response requestChange(@PathParam("lessonId") long lessonId, NewChangeRequest request) {
        Long id = requests.request(currentActor.require(), lessonId, request);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
