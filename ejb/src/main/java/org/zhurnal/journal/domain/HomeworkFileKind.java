package org.zhurnal.journal.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * The kinds of files a homework may carry, known by the name's extension and checked against the first
 * bytes (a «.pdf» that is not a PDF is refused): the stored content type is ours, never the browser's.
 * At most {@link #MAX_BYTES} each.
 */
public enum HomeworkFileKind {
    PDF("application/pdf", new int[] {0x25, 0x50, 0x44, 0x46}, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic.ZIP, "pptx"),
    ODT("application/vnd.oasis.opendocument.text", Magic.ZIP, "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Magic.ZIP, "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", Magic.ZIP, "odp"),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new int[] {0x89, 0x50, 0x4E, 0x47}, "png"),
    TEXT("text/plain; charset=UTF-8", null, "txt");

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int NAME_MAX = 255;
    static final String ALLOWED = "PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, JPG, PNG, TXT";

    private final String contentType;
    private final int[] magic;
    private final String[] extensions;

    HomeworkFileKind(String contentType, int[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind of a file by its name and content; refuses an empty, too large, unknown or disguised file. */
    public static HomeworkFileKind of(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "Файл пуст");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "Файл больше 10 МБ");
        }
        HomeworkFileKind kind = byExtension(name).orElseThrow(() ->
                new InvalidInputException("file", "Этот тип файла не принимается. Можно: " + ALLOWED));
        if (!kind.matches(content)) {
            throw new InvalidInputException("file", "Содержимое файла не соответствует его расширению");
        }
        return kind;
    }

    /** The name as stored: without any folder part, at most {@link #NAME_MAX} characters. */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip().replaceAll("\\p{Cntrl}", "");
        if (base.isEmpty() || base.startsWith(".")) {
            throw new InvalidInputException("name", "Укажите имя файла");
        }
        return base.length() > NAME_MAX ? base.substring(base.length() - NAME_MAX) : base;
    }

    private static Optional<HomeworkFileKind> byExtension(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        return Arrays.stream(values()).filter(k -> Arrays.asList(k.extensions).contains(extension)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (magic == null) {
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** First bytes shared by several kinds (OOXML and ODF files are zip archives). */
    private static final class Magic {
        static final int[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    }
}
