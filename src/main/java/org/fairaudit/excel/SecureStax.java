package org.fairaudit.excel;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fairaudit.i18n.Messages;

/**
 * StAX (Aalto) for the parts of a workbook that sheet imports read themselves (docs/decisions/0024): no DTD
 * processing, no external entities, and any DOCTYPE refused before anything after it is read, so no entity is
 * ever declared, let alone resolved or expanded.
 */
final class SecureStax {
    private static final XMLInputFactory FACTORY = secureFactory();

    private SecureStax() {
    }

    static XMLStreamReader open(InputStream part) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(part);
    }

    /** The next event, as {@link XMLStreamReader#next()}; a DOCTYPE refuses the file. */
    static int next(XMLStreamReader xml, String fileName) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw SheetReader.refused(fileName, Messages.get("sheets.file.doctype"));
        }
        return event;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
