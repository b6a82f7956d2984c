package org.zhurnal.studentimport.api;

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
import org.zhurnal.staffimport.api.UploadedFile;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.importjobs.api.ImportJobResponses;
import org.zhurnal.importjobs.api.ImportJobView;
import org.zhurnal.importjobs.application.ImportJob;
import org.zhurnal.studentimport.application.StudentImportCounts;
import org.zhurnal.studentimport.application.StudentImportService;
import org.zhurnal.web.api.QueryNumbers;
import org.zhurnal.web.problem.Problem;
import org.zhurnal.web.security.CurrentActor;

/** A school's list of students with their representatives in Excel or CSV: template, preview, import. */
@Path("schools/{schoolId: \\d+}/students")
@RequestScoped
public class StudentImportResource {

    private static final Problem UNSUPPORTED = Problem.of("unsupported-file", "Неподдерживаемый формат", 415,
            "Загрузите список обучающихся в формате Excel (.xlsx) или CSV.");

    @Inject
    CurrentActor currentActor;

    @Inject
    StudentImportService imports;

    @GET
    @Path("import-template")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The students list template with Russian headers: format=xlsx (default) or csv")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "400", description = "Unknown format (problem JSON, field format)")
    public Response template(@PathParam("schoolId") long schoolId, @QueryParam("format") String format) {
        var actor = currentActor.require();
        StaffFileFormat chosen = UploadedFile.templateFormat(format);
        return UploadedFile.template(imports.template(actor, schoolId, chosen), chosen,
                "students-template", "Обучающиеся (шаблон)");
    }

    @POST
    @Path("import/preview")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks a students list (the file is the body) and stores nothing")
    @APIResponse(responseCode = "200", description = "{yearLabel, rows, validRows, errorCount, errors, counts}")
    @APIResponse(responseCode = "400", description = "Empty or unreadable file (field file), unknown year (field yearId)")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB (problem JSON)")
    @APIResponse(responseCode = "415", description = "Neither .xlsx nor CSV (problem JSON)")
    @APIResponse(responseCode = "422", description = "The header lacks a column or the file has no rows")
    public Response preview(@PathParam("schoolId") long schoolId, @QueryParam("yearId") String yearId,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        var actor = currentActor.require();
        Long year = QueryNumbers.longOrNull(yearId, "yearId");
        return UploadedFile.received(type, length, body, UNSUPPORTED, (format, content) -> Response.ok(StudentImportPreviewView.of(
                imports.preview(actor, schoolId, year, format, content))).build());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts importing a students list as a job: all or nothing, or (validRowsOnly=true) "
            + "only its valid rows")
    @APIResponse(responseCode = "202", description = "Started: the job {jobId, state, processed, total}; Location "
            + "is where to follow it")
    @APIResponse(responseCode = "400", description = "Empty file or an .xls workbook (field file), yearId not a number")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB (problem JSON)")
    @APIResponse(responseCode = "415", description = "Neither .xlsx nor CSV (problem JSON)")
    public Response importFile(@PathParam("schoolId") long schoolId, @QueryParam("yearId") String yearId,
                               @QueryParam("validRowsOnly") boolean validRowsOnly,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        var actor = currentActor.require();
        Long year = QueryNumbers.longOrNull(yearId, "yearId");
        return UploadedFile.received(type, length, body, UNSUPPORTED, (format, content) -> ImportJobResponses.accepted(
                "schools/" + schoolId + "/students", view(imports.start(actor, schoolId, year, format, content,
                        validRowsOnly))));
    }

    @GET
    @Path("imports/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A students import started by the caller: its state, rows processed of the total, and at "
            + "the end its counts or its problem (the rows' errors, an unknown year; nothing imported)")
    @APIResponse(responseCode = "200", description = "{jobId, state: validating|applying|done|failed, processed, "
            + "total, result {created, enrolled, unchanged, representativesCreated, representativesLinked} | "
            + "problem {status, detail, field?, errors? [{row, field, message}]}}")
    @APIResponse(responseCode = "404", description = "No such job of the caller for this school (or over an hour old)")
    public ImportJobView job(@PathParam("schoolId") long schoolId, @PathParam("jobId") String jobId) {
        return view(imports.job(currentActor.require(), schoolId, jobId));
    }

    private static ImportJobView view(ImportJob job) {
        return ImportJobView.of(job, StudentImportCounts.class, StudentImportCountsView::of);
    }
}
