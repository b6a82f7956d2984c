package org.zhurnal.federal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.federal.application.ChildEsiaIds;
import org.zhurnal.federal.application.EsiaIdConflict;
import org.zhurnal.web.security.CurrentActor;

/**
 * ESIA ids a parent's state-portal children list offered for the school's students that were not recorded (the
 * student had another one, or another card holds it): for the school's journal administrator (docs/api-myschool.md).
 */
@Path("schools/{schoolId: \\d+}/esia-id-conflicts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EsiaIdConflictsResource {

    /** One conflict on the wire. */
    public record EsiaIdConflictView(String id, String studentPersonId, String studentName, String offeredOid,
                                     String recordedOid, String otherPersonId, String reportedAt) {

        static EsiaIdConflictView of(EsiaIdConflict c) {
            return new EsiaIdConflictView(String.valueOf(c.id()), String.valueOf(c.studentPersonId()), c.studentName(),
                    c.offeredOid(), c.recordedOid(), c.otherPersonId() == null ? null : String.valueOf(c.otherPersonId()),
                    c.reportedAt().toString());
        }
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    ChildEsiaIds childEsiaIds;

    @GET
    @Operation(summary = "ESIA ids offered for the school's students and not recorded, newest first (at most 500)")
    @APIResponse(responseCode = "200", description = "The conflicts")
    @APIResponse(responseCode = "403", description = "Not an administrator of the school")
    public List<EsiaIdConflictView> list(@PathParam("schoolId") long schoolId) {
        return childEsiaIds.conflicts(currentActor.require(), schoolId).stream().map(EsiaIdConflictView::of).toList();
    }
}
