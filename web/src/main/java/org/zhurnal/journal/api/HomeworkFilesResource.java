package org.zhurnal.journal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.zhurnal.journal.application.HomeworkFileService;
import org.zhurnal.journal.application.HomeworkFiles.FileContent;
import org.zhurnal.journal.domain.HomeworkFileKind;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.web.security.CurrentActor;

/** Files of a lesson's homework: the file is the request body, its name a query parameter. */
@Path("lessons/{lessonId: \\d+}/homework-files")
@RequestScoped
public class HomeworkFilesResource {

    @Inject
    CurrentActor currentActor;

    @Inject
    HomeworkFileService files;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attaches a file to the lesson's homework (PDF, DOCX, XLSX, PPTX, ODF, JPG, PNG, TXT; ≤ 10 MB)")
    @APIResponse(responseCode = "201", description = "{id, name, contentType, size}")
    @APIResponse(responseCode = "400", description = "Empty, too large, unknown or disguised file (field file), no name")
    public Response add(@PathParam("lessonId") long lessonId, @QueryParam("name") String name, InputStream body) {
        var actor = currentActor.require();
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(files.add(actor, lessonId, name, read(body))).build();
    }

    @GET
    @Path("{fileId: \\d+}")
    @Operation(summary = "Downloads a homework file")
    public Response download(@PathParam("lessonId") long lessonId, @PathParam("fileId") long fileId) {
        FileContent file = files.download(currentActor.require(), lessonId, fileId);
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"file\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{fileId: \\d+}")
    @Operation(summary = "Removes a homework file")
    public Response remove(@PathParam("lessonId") long lessonId, @PathParam("fileId") long fileId) {
        files.remove(currentActor.require(), lessonId, fileId);
        return Response.noContent().build();
    }

    private static byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] content = in == null ? new byte[0] : in.readNBytes(HomeworkFileKind.MAX_BYTES + 1);
            if (content.length > HomeworkFileKind.MAX_BYTES) {
                throw new InvalidInputException("file", "Файл больше 10 МБ");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
