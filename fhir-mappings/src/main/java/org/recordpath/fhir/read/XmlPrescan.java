package org.recordpath.fhir.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses XML that declares a DOCTYPE (and with it any internal or external entity) and bounds element depth. The
 * pass runs with DTD support and external entities switched off, so nothing is fetched or expanded even for input
 * that slips past the textual check.
 */
final class XmlPrescan {
    private static final XMLInputFactory FACTORY = factory();

    private XmlPrescan() {}

    static void check(String documentId, byte[] xml, int maxDepth) {
        String text = new String(xml, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (text.contains("<!doctype") || text.contains("<!entity")) {
            throw new FhirImportException(
                    documentId, "XML with a DOCTYPE or entity declaration is refused (FHIR XML never needs one)");
        }
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new FhirImportException(documentId, "XML with entities is refused");
                } else if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxDepth) {
                    throw new FhirImportException(
                            documentId, "the XML is nested deeper than the limit of " + maxDepth + " levels");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new FhirImportException(documentId, "the file is not well-formed XML", e);
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was left open that matters: the bytes are in memory
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }
}
