package org.zhurnal.journal.api;

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
import org.zhurnal.journal.application.JournalSettingsService;
import org.zhurnal.journal.application.JournalSettingsService.SettingsInput;
import org.zhurnal.journal.application.JournalSettingsView;
import org.zhurnal.web.security.CurrentActor;

/** A school's journal settings, for its journal administrator (and the region administrator). */
@Path("journal/settings/{schoolId: \\d+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalSettingsResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    JournalSettingsService settings;

    @GET
    @Operation(summary = "The school's switchable journal rules and its kinds of work with weights")
    public JournalSettingsView get(@PathParam("schoolId") long schoolId) {
        return settings.get(currentActor.require(), schoolId);
    }

    @PUT
    @Operation(summary = "Changes the school's switchable journal rules (all three switches required)")
    @APIResponse(responseCode = "400", description = "a switch is missing (field names it)")
    public JournalSettingsView save(@PathParam("schoolId") long schoolId, SettingsInput input) {
        return settings.save(currentActor.require(), schoolId, input);
    }
}
