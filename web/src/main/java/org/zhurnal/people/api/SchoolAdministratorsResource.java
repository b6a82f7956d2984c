package org.zhurnal.people.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.school.api.AdministratorView;
import org.zhurnal.school.application.SchoolAdministrators;
import org.zhurnal.web.security.CurrentActor;

/** A school's journal administrators: appointed and removed by the region administrator. */
@Path("schools/{schoolId: \\d+}/administrators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolAdministratorsResource {

    private static final AppointAdministratorRequest EMPTY = new AppointAdministratorRequest(null, null, null, null, null);

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolAdministrators administrators;

    @POST
    @Operation(summary = "Appoints a journal administrator: finds the person card by SNILS or creates it")
    @APIResponse(responseCode = "201", description = "Appointed")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, e.g. the SNILS (problem JSON, field)")
    @APIResponse(responseCode = "404", description = "No such school")
    @APIResponse(responseCode = "409", description = "Already this school's journal administrator, or the SNILS "
            + "is on the card of somebody else")
    public Response appoint(@PathParam("schoolId") long schoolId, AppointAdministratorRequest request) {
        var actor = currentActor.require();
        AdministratorView appointed = AdministratorView.of(
                administrators.appoint(actor, schoolId, (request == null ? EMPTY : request).toInput()));
        return Response.status(Response.Status.CREATED).entity(appointed).build();
    }

    @DELETE
    @Path("{personId: \\d+}")
    @Operation(summary = "Ends the person's journal administrator position at the school (kept as history)")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such school, or the person is not its administrator")
    public void remove(@PathParam("schoolId") long schoolId, @PathParam("personId") long personId) {
        administrators.remove(currentActor.require(), schoolId, personId);
    }
}
