package org.zhurnal.simulators.registry;

import java.util.List;
import java.util.Map;

/** Writes changes in the registry's XML and CSV formats (docs/exchange-registry.md). */
public final class RegistryDocuments {

    static final String NAMESPACE = "urn:zhurnal:registry:contingent:1";
    private static final String[] CSV_COLUMNS = {"recordId", "kind", "schoolInn", "grade", "letter", "surname",
        "givenName", "patronymic", "sex", "birthDate", "snils", "effectiveDate", "orderRef"};

    private RegistryDocuments() {
    }

    public static String xml(String messageId, List<RegistryChange> changes) {
        StringBuilder xml = new StringBuilder(256 + changes.size() * 400)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contingentChanges xmlns=\"").append(NAMESPACE)
                .append("\" messageId=\"").append(escape(messageId)).append("\">\n");
        for (RegistryChange change : changes) {
            xml.append("  <change>");
            for (Map.Entry<String, String> field : change.fields().entrySet()) {
                if (field.getValue() != null) {
                    xml.append('<').append(field.getKey()).append('>').append(escape(field.getValue()))
                            .append("</").append(field.getKey()).append('>');
                }
            }
            xml.append("</change>\n");
        }
        return xml.append("</contingentChanges>\n").toString();
    }

    public static String csv(String messageId, List<RegistryChange> changes) {
        StringBuilder csv = new StringBuilder();
        if (messageId != null) {
            csv.append("#messageId=").append(messageId).append('\n');
        }
        csv.append(String.join(";", CSV_COLUMNS)).append('\n');
        for (RegistryChange change : changes) {
            for (int i = 0; i < CSV_COLUMNS.length; i++) {
                csv.append(i == 0 ? "" : ";").append(quote(change.fields().getOrDefault(CSV_COLUMNS[i], "")));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
