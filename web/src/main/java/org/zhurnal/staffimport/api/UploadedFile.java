package org.zhurnal.staffimport.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.web.problem.Problem;
import org.zhurnal.web.problem.Problems;

/**
 * An uploaded staff list as the request body: read up to the size limit, and recognised by its first bytes
 * (a workbook is a zip archive) before its declared type, since browsers label CSV files differently
 * (Windows with Excel says {@code application/vnd.ms-excel}).
 */
public final class UploadedFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Problem TOO_LARGE = Problem.of("file-too-large", "Файл слишком большой", 413,
            "Файл больше 5 МБ. Разделите список на несколько файлов.");
    private static final Set<String> TEXT_TYPES = Set.of("text/csv", "text/plain", "application/csv",
            "text/comma-separated-values", "application/vnd.ms-excel", "application/octet-stream");

    private UploadedFile() {
    }

    /**
     * An uploaded list's body read and recognised, handed on to {@code then}; or 413 (over 5 MB) or
     * {@code unsupported} (neither .xlsx nor CSV), as problem JSON.
     */
    public static Response received(String type, Long length, InputStream body, Problem unsupported,
                                    BiFunction<StaffFileFormat, byte[], Response> then) {
        Optional<byte[]> content = length != null && length > MAX_BYTES ? Optional.empty() : read(body);
        if (content.isEmpty()) {
            return Problems.response(TOO_LARGE);
        }
        Optional<StaffFileFormat> format = format(type, content.get());
        if (format.isEmpty()) {
            return Problems.response(unsupported);
        }
        return then.apply(format.get(), content.get());
    }

    /** The whole body, or empty when it is larger than {@link #MAX_BYTES}. */
    public static Optional<byte[]> read(InputStream body) {
        try (InputStream in = body) {
            byte[] content = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
            return content.length > MAX_BYTES ? Optional.empty() : Optional.of(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format of the content, or empty when it is neither a workbook nor text of a CSV type. */
    public static Optional<StaffFileFormat> format(String contentType, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("file", "Файл пуст: заполните шаблон и загрузите его снова");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return Optional.of(StaffFileFormat.XLSX);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InvalidInputException("file", "Файлы .xls (Excel 97–2003) не поддерживаются: сохраните список "
                    + "как «Книга Excel» (.xlsx) или CSV");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return TEXT_TYPES.contains(type) ? Optional.of(StaffFileFormat.CSV) : Optional.empty();
    }

    /** The format of a template asked for: {@code xlsx} (default) or {@code csv}. */
    public static StaffFileFormat templateFormat(String format) {
        String value = format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "xlsx" -> StaffFileFormat.XLSX;
            case "csv" -> StaffFileFormat.CSV;
            default -> throw new InvalidInputException("format", "Формат шаблона — xlsx или csv");
        };
    }

    /**
     * A list template as a download: {@code asciiName} ("staff-template") for old clients, {@code title}
     * ("Сотрудники (шаблон)") as the UTF-8 file name, CSV marked as UTF-8.
     */
    public static Response template(byte[] content, StaffFileFormat format, String asciiName, String title) {
        String name = URLEncoder.encode(title + "." + format.extension(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, format.mediaType() + (format == StaffFileFormat.CSV ? "; charset=UTF-8" : ""))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + "."
                        + format.extension() + "\"; filename*=UTF-8''" + name)
                .build();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
