package org.zhurnal.journal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.journal.application.FinalMarkService;
import org.zhurnal.journal.application.FinalSheet;
import org.zhurnal.journal.application.StudentFinalMarkService;
import org.zhurnal.journal.application.StudentFinalMarks;
import org.zhurnal.journal.domain.FinalMarkDecision;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** Final marks of a class (or group) and subject: the sheet with proposals, and the teacher's decisions. */
@Path("journal/final-marks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinalMarksResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    FinalMarkService finals;

    @Inject
    StudentFinalMarkService studentFinals;

    @GET
    @Path("students/{studentId: \\d+}")
    @Operation(summary = "A student's confirmed period and year final marks (for the diary; who may read the diary)")
    @APIResponse(responseCode = "403", description = "Not the student, a legal representative or the class teacher")
    public StudentFinalMarks ofStudent(@PathParam("studentId") long studentId) {
        return studentFinals.of(currentActor.require(), studentId);
    }

    @GET
    @Operation(summary = "Per student and period (0: the year): average, number of marks, proposal, decision")
    public FinalSheet sheet(@QueryParam("classId") String classId, @QueryParam("subjectId") String subjectId,
                            @QueryParam("groupId") String groupId) {
        return finals.sheet(currentActor.require(), required(classId, "classId"), required(subjectId, "subjectId"),
                QueryNumbers.longOrNull(groupId, "groupId"));
    }

    @PUT
    @Operation(summary = "Decides one final mark (a new version): value 2–5 or notAttested, reason, confirm")
    @APIResponse(responseCode = "200", description = "The sheet after the decision")
    @APIResponse(responseCode = "400", description = "No value, a reason missing where the rules need one")
    @APIResponse(responseCode = "409", description = "The period is closed")
    public FinalSheet decide(FinalMarkRequest request) {
        var actor = currentActor.require();
        if (request == null || request.classId() == null || request.subjectId() == null || request.studentId() == null
                || request.periodNumber() == null) {
            throw new InvalidInputException("studentId", "Укажите класс, предмет, обучающегося и период");
        }
        return finals.decide(actor, request.classId(), request.subjectId(), request.groupId(),
                request.studentId(), request.periodNumber(), new FinalMarkDecision(request.value(),
                        Boolean.TRUE.equals(request.notAttested()), request.reason(), Boolean.TRUE.equals(request.confirm())));
    }

    /** One final mark: periodNumber 1… for a period, 0 for the year. */
    public record FinalMarkRequest(Long classId, Long subjectId, Long groupId, Long studentId, Integer periodNumber,
                                   Integer value, Boolean notAttested, String reason, Boolean confirm) {
    }

    private static Long required(String value, String field) {
        Long number = QueryNumbers.longOrNull(value, field);
        if (number == null) {
            throw new InvalidInputException(field, "Не указан обязательный параметр");
        }
        return number;
    }
}
