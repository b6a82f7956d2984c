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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.staffimport.application.StaffImportService;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.web.problem.Problem;
import org.zhurnal.web.problem.Problems;
import org.zhurnal.web.security.CurrentActor;

/** A school's staff list in Excel or CSV: the template to fill in, and the import of a filled-in list. */
@Path("schools/{schoolId: \\d+}/staff")
@RequestScoped
public class StaffImportResource {

    private static final Problem TOO_LARGE = Problem.of("file-too-large", "Файл слишком большой", 413,
            "Файл больше 5 МБ. Разделите список на несколько файлов.");
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
    @Operation(summary = "Imports a staff list (the file is the body): every row is checked first; all or nothing")
    @APIResponse(responseCode = "200", description = "Imported: {created, updated, unchanged}")
    @APIResponse(responseCode = "400", description = "Empty or unreadable file (problem JSON, field file)")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB (problem JSON)")
    @APIResponse(responseCode = "415", description = "Neither .xlsx nor CSV (problem JSON)")
    @APIResponse(responseCode = "422", description = "Rows with problems: errors [{row, field, message}]; nothing imported")
    public Response importFile(@PathParam("schoolId") long schoolId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        var actor = currentActor.require();
        Optional<byte[]> content = length != null && length > UploadedFile.MAX_BYTES ? Optional.empty()
                : UploadedFile.read(body);
        if (content.isEmpty()) {
            return Problems.response(TOO_LARGE);
        }
        Optional<StaffFileFormat> format = UploadedFile.format(type, content.get());
        if (format.isEmpty()) {
            return Problems.response(UNSUPPORTED);
        }
        return Response.ok(ImportCountsView.of(imports.importFile(actor, schoolId, format.get(), content.get()))).build();
    }
}
