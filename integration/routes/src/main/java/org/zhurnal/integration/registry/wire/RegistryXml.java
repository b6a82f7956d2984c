package org.zhurnal.integration.registry.wire;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the registry's XML ({@code <contingentChanges messageId="…"><change><recordId>…</recordId>…</change>}),
 * streaming, without DTDs or external entities. Unknown elements are ignored (the registry may add fields).
 */
public final class RegistryXml {

    public static final String ROOT = "contingentChanges";
    public static final String CHANGE = "change";

    private static final XMLInputFactory FACTORY = factory();

    private RegistryXml() {
    }

    public static RegistryBatch read(String text) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new StringReader(text));
            try {
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof MalformedBatchException malformed) {
                throw malformed;
            }
            throw new MalformedBatchException("Сообщение не читается как XML реестра: " + e.getMessage(), e);
        }
    }

    private static RegistryBatch read(XMLStreamReader xml) throws XMLStreamException {
        xml.nextTag();
        if (!ROOT.equals(xml.getLocalName())) {
            throw new MalformedBatchException("Корневой элемент должен быть " + ROOT + ", а не " + xml.getLocalName());
        }
        String messageId = xml.getAttributeValue(null, "messageId");
        if (messageId == null || messageId.isBlank()) {
            throw new MalformedBatchException("Не указан messageId пакета");
        }
        List<RegistryRecord> records = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!CHANGE.equals(xml.getLocalName())) {
                throw new MalformedBatchException("Ожидался элемент change, а не " + xml.getLocalName());
            }
            Map<String, String> fields = new HashMap<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                fields.put(name, xml.getElementText());
            }
            records.add(RegistryRecord.of(fields));
        }
        return new RegistryBatch(messageId.strip(), records);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
