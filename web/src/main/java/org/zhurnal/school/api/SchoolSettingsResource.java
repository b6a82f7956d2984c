package org.zhurnal.school.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.school.application.SchoolSettings;
import org.zhurnal.school.application.SchoolSettingsService;
import org.zhurnal.web.security.CurrentActor;

/** A school's journal settings (the region administrator or the school's journal administrator). */
@Path("schools/{schoolId: \\d+}/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolSettingsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    SchoolSettingsService settings;

    /** The settings on the wire: both rules, on unless the school switched them off. */
    public record SchoolSettingsView(Boolean grade1NoMarks, Boolean grade2FirstPeriodNoMarks) {

        static SchoolSettingsView of(SchoolSettings settings) {
            return new SchoolSettingsView(settings.grade1NoMarks(), settings.grade2FirstPeriodNoMarks());
        }
    }

    @GET
    @Operation(summary = "The school's journal settings")
    @APIResponse(responseCode = "200", description = "{grade1NoMarks, grade2FirstPeriodNoMarks}")
    public SchoolSettingsView get(@PathParam("schoolId") long schoolId) {
        return SchoolSettingsView.of(settings.get(currentActor.require(), schoolId));
    }

    @PUT
    @Operation(summary = "Changes the school's journal settings")
    @APIResponse(responseCode = "200", description = "The settings as stored")
    @APIResponse(responseCode = "400", description = "A setting is missing (field grade1NoMarks|grade2FirstPeriodNoMarks)")
    public SchoolSettingsView change(@PathParam("schoolId") long schoolId, SchoolSettingsView request) {
        SchoolSettings wanted = request == null ? null
                : new SchoolSettings(request.grade1NoMarks(), request.grade2FirstPeriodNoMarks());
        return SchoolSettingsView.of(settings.change(currentActor.require(), schoolId, wanted));
    }
}
