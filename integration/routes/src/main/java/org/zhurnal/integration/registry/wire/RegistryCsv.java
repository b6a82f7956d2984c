package org.zhurnal.integration.registry.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads the registry's CSV: UTF-8, semicolon-separated, a header line naming the columns (any order; see
 * {@link RegistryRecord#FIELDS}), values quoted with {@code "} when they hold {@code ;}, quotes or line breaks.
 * An optional first line {@code #messageId=…} names the message; without it the message id is the SHA-256 of
 * the content, so the same file twice is still recognised.
 */
public final class RegistryCsv {

    static final String MESSAGE_ID_LINE = "#messageId=";

    private RegistryCsv() {
    }

    public static RegistryBatch read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String messageId = null;
        if (content.startsWith(MESSAGE_ID_LINE)) {
            int end = content.indexOf('\n');
            messageId = content.substring(MESSAGE_ID_LINE.length(), end < 0 ? content.length() : end).strip();
            content = end < 0 ? "" : content.substring(end + 1);
        }
        List<List<String>> rows = new CsvLines(content).all();
        if (rows.isEmpty() || !rows.get(0).contains("recordId") || !rows.get(0).contains("kind")) {
            throw new MalformedBatchException("В файле CSV нет строки заголовка с колонками recordId и kind");
        }
        List<String> header = rows.get(0);
        List<RegistryRecord> records = new ArrayList<>(rows.size());
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < header.size() && i < row.size(); i++) {
                fields.put(header.get(i).strip(), row.get(i));
            }
            records.add(RegistryRecord.of(fields));
        }
        return new RegistryBatch(messageId == null || messageId.isEmpty() ? digest(text) : messageId, records);
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
