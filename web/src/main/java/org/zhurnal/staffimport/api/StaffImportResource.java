package org.zhurnal.staffimport.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.importjobs.api.ImportJobResponses;
import org.zhurnal.importjobs.api.ImportJobView;
import org.zhurnal.importjobs.application.ImportJob;
import org.zhurnal.staffimport.application.ImportCounts;
import org.zhurnal.staffimport.application.StaffImportService;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.web.problem.Problem;
import org.zhurnal.web.security.CurrentActor;

/** A school's staff list in Excel or CSV: the template to fill in, and the import of a filled-in list as a job. */
@Path("schools/{schoolId: \\d+}/staff")
@RequestScoped
public class StaffImportResource {

    private static final Problem UNSUPPORTED = Problem.of("unsupported-file", "Неподдерживаемый формат", 415,
            "Загрузите список сотрудников в формате Excel (.xlsx) или CSV.");

    @Inject
    CurrentActor currentActor;

    @Inject
    StaffImportService imports;

    @GET
    @Path("import-template")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The staff list template with Russian headers: format=xlsx (default) or csv")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "400", description = "Unknown format (problem JSON, field format)")
    public Response template(@PathParam("schoolId") long schoolId, @QueryParam("format") String format) {
        var actor = currentActor.require();
        StaffFileFormat chosen = UploadedFile.templateFormat(format);
        return UploadedFile.template(imports.template(actor, schoolId, chosen), chosen,
                "staff-template", "Сотрудники (шаблон)");
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts importing a staff list (the file is the body) as a job: every row is checked "
            + "first; all or nothing")
    @APIResponse(responseCode = "202", description = "Started: the job {jobId, state, processed, total}; Location "
            + "is where to follow it")
    @APIResponse(responseCode = "400", description = "Empty file, or an .xls workbook (problem JSON, field file)")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB (problem JSON)")
    @APIResponse(responseCode = "415", description = "Neither .xlsx nor CSV (problem JSON)")
    public Response importFile(@PathParam("schoolId") long schoolId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        var actor = currentActor.require();
        return UploadedFile.received(type, length, body, UNSUPPORTED, (format, content) ->
                ImportJobResponses.accepted("schools/" + schoolId + "/staff",
                        view(imports.start(actor, schoolId, format, content))));
    }

    @GET
    @Path("imports/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A staff import started by the caller: its state, rows processed of the total, and at "
            + "the end its counts or its problem (the rows' errors; nothing imported)")
    @APIResponse(responseCode = "200", description = "{jobId, state: validating|applying|done|failed, processed, "
            + "total, result {created, updated, unchanged} | problem {status, detail, errors [{row, field, message}]}}")
    @APIResponse(responseCode = "404", description = "No such job of the caller for this school (or over an hour old)")
    public ImportJobView job(@PathParam("schoolId") long schoolId, @PathParam("jobId") String jobId) {
        return view(imports.job(currentActor.require(), schoolId, jobId));
    }

    private static ImportJobView view(ImportJob job) {
        return ImportJobView.of(job, ImportCounts.class, ImportCountsView::of);
    }
}
