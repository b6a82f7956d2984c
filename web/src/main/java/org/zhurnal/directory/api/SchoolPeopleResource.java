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
import org.zhurnal.directory.api.PeopleItemViews.PersonView;
import org.zhurnal.directory.application.SchoolPeopleService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.security.CurrentActor;

/** People search in a school: staff, students and representatives together, each person once with their roles. */
@Path("schools/{schoolId: \\d+}/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolPeopleResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolPeopleService people;

    @GET
    @Operation(summary = "Finds the school's people (staff, students today, their representatives) by part of "
            + "«Фамилия Имя Отчество», regardless of case and «ё»; by name, a page at a time")
    @APIResponse(responseCode = "200", description = "One page and the total; roles STAFF, STUDENT, REPRESENTATIVE")
    @APIResponse(responseCode = "400", description = "page below 0, size outside 1..100 or q longer than 200 "
            + "(problem JSON, field)")
    @APIResponse(responseCode = "403", description = "Not the region administrator or the school's journal administrator")
    public PeoplePageView<PersonView> search(@PathParam("schoolId") long schoolId, @QueryParam("q") String text,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        return PeoplePageView.of(people.people(currentActor.require(), schoolId, text,
                QueryNumbers.intOr(page, 0, "page"), QueryNumbers.intOr(size, 20, "size")), PersonView::of);
    }
}
