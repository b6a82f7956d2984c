package org.zhurnal.school.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** The region's schools (region administrator only). */
@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolsResource {

    private static final NewSchoolRequest EMPTY = new NewSchoolRequest(null, null, null, null, null, null);

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolService schools;

    @GET
    @Operation(summary = "Finds schools by part of the name or the start of the INN, a page at a time, by short name")
    @APIResponse(responseCode = "200", description = "One page and the total")
    @APIResponse(responseCode = "400", description = "page below 0 or size outside 1..100 (problem JSON, field)")
    @APIResponse(responseCode = "401", description = "Not signed in (problem JSON)")
    @APIResponse(responseCode = "403", description = "Not the region administrator (problem JSON)")
    public SchoolPageView search(@QueryParam("q") String text, @QueryParam("municipalityId") String municipalityId,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        var actor = currentActor.require();
        return SchoolPageView.of(schools.search(actor, text,
                QueryNumbers.longOrNull(municipalityId, "municipalityId"),
                QueryNumbers.intOr(page, 0, "page"), QueryNumbers.intOr(size, 20, "size")));
    }

    @POST
    @Operation(summary = "Registers a school of the region")
    @APIResponse(responseCode = "201", description = "Registered; Location is the school's address")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem JSON, field)")
    @APIResponse(responseCode = "409", description = "A school with this INN is already in the region (field inn)")
    public Response create(NewSchoolRequest request, @Context UriInfo uri) {
        var actor = currentActor.require();
        SchoolView created = SchoolView.of(schools.create(actor, (request == null ? EMPTY : request).toInput()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One school with its journal administrators")
    @APIResponse(responseCode = "200", description = "The school")
    @APIResponse(responseCode = "404", description = "No such school (problem JSON)")
    public SchoolView get(@PathParam("id") long id) {
        return SchoolView.of(schools.get(currentActor.require(), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Changes a school's names, INN, OGRN, address and municipality (region administrator)")
    @APIResponse(responseCode = "200", description = "The school as changed")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem JSON, field)")
    @APIResponse(responseCode = "404", description = "No such school (problem JSON)")
    @APIResponse(responseCode = "409", description = "Another school of the region has this INN (field inn)")
    public SchoolView update(@PathParam("id") long id, NewSchoolRequest request) {
        return SchoolView.of(schools.update(currentActor.require(), id, (request == null ? EMPTY : request).toInput()));
    }
}
