package org.fairaudit.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The shared strings of a workbook (every text cell of a file saved by Excel), read by the rules of POI's
 * {@code ReadOnlySharedStringsTable} without phonetic runs: the texts of an {@code <si>}'s {@code <t>}s, elements of
 * other namespaces ignored, Excel's {@code _xHHHH_} escapes decoded by POI. Read here because POI's table hands each
 * cell over as a new {@code XSSFRichTextString}, an XMLBeans object, which took a third of an import.
 */
final class SharedStrings {
    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings read(OPCPackage pkg, String fileName) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new SharedStrings(List.of());
        }
        try (PushbackInputStream part = new PushbackInputStream(parts.get(0).getInputStream(), 1)) {
            int first = part.read();
            if (first == -1) {
                return new SharedStrings(List.of());
            }
            part.unread(first);
            return parse(part, fileName);
        }
    }

    /** @throws IndexOutOfBoundsException when the workbook has no string {@code index} */
    String get(int index) {
        return strings.get(index);
    }

    /** Reads a non-empty shared-strings part. */
    static SharedStrings parse(InputStream part, String fileName) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        boolean inPhonetic = false;
        XMLStreamReader xml = SecureStax.open(part);
        try {
            while (xml.hasNext()) {
                int event = SecureStax.next(xml, fileName);
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (inText && !inPhonetic) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                } else if ((event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                        && XSSFRelation.NS_SPREADSHEETML.equals(xml.getNamespaceURI())) {
                    boolean start = event == XMLStreamConstants.START_ELEMENT;
                    switch (xml.getLocalName()) {
                        case "si" -> {
                            if (start) {
                                text.setLength(0);
                            } else {
                                strings.add(decoded(text.toString()));
                            }
                        }
                        case "t" -> inText = start;
                        case "rPh" -> inPhonetic = start;
                        default -> {
                            // the table itself, runs and their properties: the text is in <t>
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return new SharedStrings(strings);
    }

    /** Only texts with an {@code _x} can hold an escape; POI decodes those as it always did. */
    private static String decoded(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }
}
