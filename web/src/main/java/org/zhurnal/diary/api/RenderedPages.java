package org.zhurnal.diary.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import org.zhurnal.diary.freshness.DiaryPage;

/**
 * Sends a diary page as JSON rendered once per cached page, by the same JSON writer JAX-RS would use for the
 * page's value, so the bytes are those the value itself would have given.
 */
final class RenderedPages {

    private static final Annotation[] NONE = new Annotation[0];

    private RenderedPages() {
    }

    static <T> Response json(Providers providers, DiaryPage<T> page, Class<?> type) {
        byte[] body = page.rendered(value -> render(providers, value, type));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] render(Providers providers, Object value, Class<?> type) {
        MessageBodyWriter writer = providers.getMessageBodyWriter(type, type, NONE, MediaType.APPLICATION_JSON_TYPE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            writer.writeTo(value, type, type, NONE, MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
