package org.zhurnal.school.api;

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
import org.zhurnal.school.application.StaffService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** A school's staff: the people holding positions there, found by name, and added one by one. */
@Path("schools/{schoolId: \\d+}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    private static final NewStaffMemberRequest EMPTY = new NewStaffMemberRequest(null, null, null, null, null, null);

    @Inject
    CurrentActor currentActor;

    @Inject
    StaffService staff;

    @GET
    @Operation(summary = "The school's staff by name, a page at a time; q finds part of «Фамилия Имя Отчество»")
    @APIResponse(responseCode = "200", description = "One page and the total")
    @APIResponse(responseCode = "400", description = "page below 0 or size outside 1..100 (problem JSON, field)")
    @APIResponse(responseCode = "404", description = "No such school (problem JSON)")
    public StaffPageView search(@PathParam("schoolId") long schoolId, @QueryParam("q") String text,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        var actor = currentActor.require();
        return StaffPageView.of(staff.search(actor, schoolId, text, QueryNumbers.intOr(page, 0, "page"),
                QueryNumbers.intOr(size, 20, "size")));
    }

    @POST
    @Operation(summary = "Adds a member of staff: the person card by SNILS (found or created) and the positions")
    @APIResponse(responseCode = "201", description = "Added; the positions held at the school now")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, e.g. the SNILS (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "Holds these positions already, or the SNILS is on the card "
            + "of somebody else")
    public Response add(@PathParam("schoolId") long schoolId, NewStaffMemberRequest request) {
        var actor = currentActor.require();
        NewStaffMemberRequest body = request == null ? EMPTY : request;
        StaffMemberView added = StaffMemberView.of(staff.add(actor, schoolId, body.person(), body.positionSet()));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}
