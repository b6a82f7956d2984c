package org.zhurnal.directory.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.directory.api.PeopleItemViews.RepresentativeView;
import org.zhurnal.directory.application.SchoolPeopleService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** The legal representatives (родители, законные представители) of a school's students, searched and paged. */
@Path("schools/{schoolId: \\d+}/representatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolRepresentativesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolPeopleService people;

    @GET
    @Operation(summary = "Current representatives of the school's students on a day (today by default) with their "
            + "children; q finds part of the representative's or a child's name; by name, a page at a time")
    @APIResponse(responseCode = "200", description = "One page and the total")
    @APIResponse(responseCode = "400", description = "page below 0, size outside 1..100, q longer than 200 or a bad "
            + "date (problem JSON, field)")
    @APIResponse(responseCode = "403", description = "Not the region administrator or the school's journal administrator")
    public PeoplePageView<RepresentativeView> list(@PathParam("schoolId") long schoolId, @QueryParam("q") String text,
                                                   @QueryParam("date") String date, @QueryParam("page") String page,
                                                   @QueryParam("size") String size) {
        return PeoplePageView.of(people.representatives(currentActor.require(), schoolId, text,
                WireDates.date(date, "date"), QueryNumbers.intOr(page, 0, "page"), QueryNumbers.intOr(size, 20, "size")),
                RepresentativeView::of);
    }
}
