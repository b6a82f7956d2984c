package org.zhurnal.integration.registry.wire;

import java.util.ArrayList;
import java.util.List;

/** Splits semicolon-separated text into rows of fields, honouring quotes ({@code ""} is a quote inside one). */
final class CsvLines {

    private static final char SEPARATOR = ';';

    private final String text;
    private int pos;

    CsvLines(String text) {
        this.text = text;
    }

    List<List<String>> all() {
        List<List<String>> rows = new ArrayList<>();
        while (pos < text.length()) {
            rows.add(row());
        }
        return rows;
    }

    private List<String> row() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == SEPARATOR) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedBatchException("В файле CSV не закрыта кавычка");
        }
        fields.add(field.toString());
        return fields;
    }
}
