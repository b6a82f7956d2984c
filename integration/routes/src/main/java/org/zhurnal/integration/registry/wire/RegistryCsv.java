package org.zhurnal.integration.registry.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

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
        int[][] columns = columnsOf(rows.get(0));
        List<RegistryRecord> records = new ArrayList<>(rows.size());
        String[] values = new String[RegistryRecord.FIELDS.length];
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            for (int field = 0; field < values.length; field++) {
                values[field] = valueOf(row, columns[field]);
            }
            records.add(RegistryRecord.of(values));
        }
        return new RegistryBatch(messageId == null || messageId.isEmpty() ? digest(text) : messageId, records);
    }

    /** For each of {@link RegistryRecord#FIELDS}, the header's columns of that name (usually one; none: absent). */
    private static int[][] columnsOf(List<String> header) {
        int[][] columns = new int[RegistryRecord.FIELDS.length][];
        for (int field = 0; field < columns.length; field++) {
            List<Integer> found = new ArrayList<>(1);
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equals(RegistryRecord.FIELDS[field])) {
                    found.add(i);
                }
            }
            columns[field] = found.stream().mapToInt(Integer::intValue).toArray();
        }
        return columns;
    }

    /** The field's value in the row: of its last column the row reaches (a short row leaves the rest out). */
    private static String valueOf(List<String> row, int[] columns) {
        for (int i = columns.length - 1; i >= 0; i--) {
            if (columns[i] < row.size()) {
                return row.get(columns[i]);
            }
        }
        return null;
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
