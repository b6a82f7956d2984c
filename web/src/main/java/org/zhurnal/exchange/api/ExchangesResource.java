package org.zhurnal.exchange.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.exchange.application.ExchangeOperations;
import org.zhurnal.web.security.CurrentActor;

/** Exchanges with other systems: the log, refused records, dead letters and routes (region administrator only). */
@Path("exchanges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    ExchangeOperations operations;

    @GET
    @Operation(summary = "The newest exchanges (up to 200) with their counts, timings and errors")
    @APIResponse(responseCode = "200", description = "The log, newest first")
    @APIResponse(responseCode = "403", description = "Not the region administrator (problem JSON)")
    public List<ExchangeView> list() {
        return operations.exchanges(currentActor.require()).stream().map(ExchangeView::of).toList();
    }

    @GET
    @Path("{id}/errors")
    @Operation(summary = "The records an exchange refused, with the reason")
    public List<RecordErrorView> errors(@PathParam("id") long id) {
        return operations.recordErrors(currentActor.require(), id).stream().map(RecordErrorView::of).toList();
    }

    @GET
    @Path("dead-letters")
    @Operation(summary = "Messages waiting in the dead-letter queue, then the retried and discarded ones")
    public List<DeadLetterView> deadLetters() {
        return operations.deadLetters(currentActor.require()).stream().map(DeadLetterView::of).toList();
    }

    @POST
    @Path("dead-letters/retry")
    @Operation(summary = "Hands a waiting dead letter back to its route")
    @APIResponse(responseCode = "204", description = "Handed back")
    @APIResponse(responseCode = "400", description = "No reason (problem JSON, field reason)")
    @APIResponse(responseCode = "404", description = "No such message waits")
    @APIResponse(responseCode = "409", description = "The route cannot take it again")
    public void retry(DeadLetterDecisionRequest request) {
        operations.retry(currentActor.require(), request == null ? null : request.id(),
                request == null ? null : request.reason());
    }

    @POST
    @Path("dead-letters/discard")
    @Operation(summary = "Takes a waiting dead letter off the queue without processing it")
    @APIResponse(responseCode = "204", description = "Discarded (kept with the reason)")
    public void discard(DeadLetterDecisionRequest request) {
        operations.discard(currentActor.require(), request == null ? null : request.id(),
                request == null ? null : request.reason());
    }

    @GET
    @Path("routes")
    @Operation(summary = "The integration routes and their states")
    public List<RouteView> routes() {
        return operations.routes(currentActor.require()).stream().map(RouteView::of).toList();
    }

    @POST
    @Path("routes/{routeId}/pause")
    @Operation(summary = "Pauses (suspends) a route")
    @APIResponse(responseCode = "204", description = "Paused")
    @APIResponse(responseCode = "404", description = "No such route")
    public void pause(@PathParam("routeId") String routeId) {
        operations.pause(currentActor.require(), routeId);
    }

    @POST
    @Path("routes/{routeId}/resume")
    @Operation(summary = "Resumes a paused route")
    @APIResponse(responseCode = "204", description = "Resumed")
    public void resume(@PathParam("routeId") String routeId) {
        operations.resume(currentActor.require(), routeId);
    }
}
