package org.zhurnal.staffimport.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as Excel and LibreOffice save it: cells separated by «;» (Russian Excel), «,» or tab, whichever
 * the first line uses; quoted cells may hold separators, doubled quotes and line breaks. UTF-8 with or
 * without BOM, UTF-16 with BOM («Текст Юникод»), and Windows-1251 (Excel's plain «CSV») are all read.
 */
public final class CsvTable {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private CsvTable() {
    }

    public static List<TableRow> read(byte[] bytes) {
        String text = decode(bytes);
        return new Parser(text, separatorOf(text)).rows();
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1251);
        }
    }

    /** The candidate separator used most often in the first line, outside quotes («;» when none is). */
    static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** RFC 4180 with Excel's leniency: a quote inside an unquoted cell is just a character. */
    private static final class Parser {
        private final String text;
        private final char separator;
        private final List<TableRow> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private int number = 1;

        Parser(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<TableRow> rows() {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == separator) {
                    endCell();
                } else if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
                    endRow();
                } else {
                    cell.append(c);
                }
            }
            if (!cell.isEmpty() || !cells.isEmpty()) {
                endRow();
            }
            return rows;
        }

        private void endCell() {
            cells.add(cell.toString());
            cell.setLength(0);
        }

        private void endRow() {
            endCell();
            if (!TableRow.isBlank(cells)) {
                rows.add(new TableRow(number, cells));
            }
            cells = new ArrayList<>();
            number++;
        }
    }
}
