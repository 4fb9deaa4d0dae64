package org.fairaudit.excel;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;

/**
 * Pull parser of one worksheet part ({@link SecureStax}: docs/decisions/0024): turns {@code <row>/<c>} elements into
 * {@link SheetRow}s of typed cells. Written rather than POI's {@code XSSFSheetXMLHandler} because that one hands
 * over formatted text only, and importers must know whether a cell was a formula, a date-styled number or text.
 */
final class SheetXmlParser {
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);
    private static final double FIRST_DAY_AFTER_LEAP_BUG = 61;

    /** Where the sheet comes from and what it may hold. */
    record Source(String file, String sheet, SharedStrings strings, StylesTable styles,
                  SheetReader.Limits limits) {
    }

    private final Source source;
    private final SheetReader.RowHandler handler;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private StringBuilder target = value;
    private boolean hasValue;
    private List<SheetCell> cells = new ArrayList<>();
    private int rowNumber;
    private String rowReference;
    private int rowsRead;
    private int nextColumn;
    private String address;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean collecting;
    private boolean inPhonetic;

    SheetXmlParser(Source source, SheetReader.RowHandler handler) {
        this.source = source;
        this.handler = handler;
    }

    /** Reads the sheet to its end; the stream stays open (the caller owns it). */
    void parse(InputStream sheet) throws XMLStreamException {
        XMLStreamReader xml = SecureStax.open(sheet);
        try {
            while (xml.hasNext()) {
                switch (SecureStax.next(xml, source.file())) {
                    case XMLStreamConstants.START_ELEMENT -> startElement(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            characters(xml);
                    case XMLStreamConstants.END_ELEMENT -> endElement(xml.getLocalName());
                    default -> {
                        // comments, processing instructions, the document's start and end: not data
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    private void startElement(XMLStreamReader xml) {
        switch (xml.getLocalName()) {
            case "row" -> startRow(xml.getAttributeValue(null, "r"));
            case "c" -> startCell(xml.getAttributeValue(null, "r"), xml.getAttributeValue(null, "t"),
                    xml.getAttributeValue(null, "s"));
            case "f" -> formula = true;
            case "v" -> startValue();
            case "rPh" -> inPhonetic = true;
            case "t" -> startInline();
            default -> {
                // sheet properties, columns, merged cells, validations: not data
            }
        }
    }

    private void characters(XMLStreamReader xml) {
        if (collecting) {
            target.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            if (target.length() > source.limits().maxCellLength()) {
                throw problem(address, Messages.get("sheets.cell.tooLong", source.limits().maxCellLength()));
            }
        }
    }

    private void endElement(String localName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to finish
            }
        }
    }

    private void startRow(String r) {
        // other programs may leave out row and cell references; count then
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        rowReference = r == null ? String.valueOf(rowNumber) : r;
        nextColumn = 0;
        cells = new ArrayList<>();
    }

    private void startCell(String r, String cellType, String s) {
        int letters = r == null ? 0 : letters(r);
        column = r == null ? nextColumn : columnOf(r, letters);
        nextColumn = column + 1;
        boolean plainInThisRow = letters > 0 && r.length() == letters + rowReference.length()
                && r.endsWith(rowReference);
        address = plainInThisRow ? r : CellReference.convertNumToColString(column) + rowNumber;
        type = cellType;
        style = s == null ? 0 : Integer.parseInt(s);
        formula = false;
        collecting = false;
        hasValue = false;
        value.setLength(0);
        inline.setLength(0);
    }

    /** The 0-based column of an A1 reference; references other than plain {@code AB12} go through POI. */
    private static int columnOf(String reference, int letters) {
        if (letters == 0 || letters > 3) {
            return new CellReference(reference).getCol();
        }
        int column = 0;
        for (int i = 0; i < letters; i++) {
            column = column * 26 + reference.charAt(i) - 'A' + 1;
        }
        return column - 1;
    }

    /** How many upper-case letters {@code reference} starts with. */
    private static int letters(String reference) {
        int i = 0;
        while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
            i++;
        }
        return i;
    }

    private void startValue() {
        collecting = true;
        hasValue = true;
        target = value;
    }

    private void startInline() {
        collecting = !inPhonetic && "inlineStr".equals(type);
        target = inline;
    }

    /** Of an inline-string cell, POI itself reads a {@code <v>} before {@code <is>}: it writes edits there. */
    private void endCell() {
        String raw = "inlineStr".equals(type) && !hasValue ? inline.toString() : value.toString();
        if (raw.isEmpty() && !formula) {
            return;
        }
        cells.add(cell(raw));
    }

    private SheetCell cell(String raw) {
        if (formula) {
            return new SheetCell(address, column, CellKind.FORMULA, raw, null);
        }
        String kind = type == null ? "n" : type;
        return switch (kind) {
            case "s" -> text(sharedString(raw));
            case "inlineStr", "str" -> text(raw);
            case "b" -> new SheetCell(address, column, CellKind.BOOLEAN, "1".equals(raw) ? "TRUE" : "FALSE", null);
            case "e" -> new SheetCell(address, column, CellKind.ERROR, raw, null);
            case "d" -> isoDate(raw);
            default -> number(raw);
        };
    }

    private SheetCell text(String text) {
        if (text.length() > source.limits().maxCellLength()) {
            throw problem(address, Messages.get("sheets.cell.tooLong", source.limits().maxCellLength()));
        }
        return new SheetCell(address, column, CellKind.TEXT, text, null);
    }

    private String sharedString(String index) {
        try {
            return source.strings().get(Integer.parseInt(index.strip()));
        } catch (RuntimeException e) {
            throw problem(address, Messages.get("sheets.cell.badSharedString", index));
        }
    }

    private SheetCell number(String raw) {
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw problem(address, Messages.get("sheets.cell.badNumber", raw));
        }
        if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            return new SheetCell(address, column, CellKind.DATE, raw, date(number));
        }
        return new SheetCell(address, column, CellKind.NUMBER, raw, null);
    }

    /**
     * Whole days from 1 March 1900 on (serial 61) count from 30 December 1899 in Excel's 1900 system, as POI finds
     * too, only without its BigDecimal rounding; earlier days (Excel's 29 February 1900) and times go to POI.
     */
    private static LocalDate date(double serial) {
        return serial >= FIRST_DAY_AFTER_LEAP_BUG && serial == Math.rint(serial) ? DAY_ZERO.plusDays((long) serial)
                : DateUtil.getLocalDateTime(serial).toLocalDate();
    }

    /** {@code t="d"}: an ISO 8601 date (or date-time) written as text, as some programs do. */
    private SheetCell isoDate(String raw) {
        try {
            return new SheetCell(address, column, CellKind.DATE, raw, LocalDate.parse(raw.substring(0,
                    Math.min(10, raw.length()))));
        } catch (DateTimeParseException e) {
            return new SheetCell(address, column, CellKind.TEXT, raw, null);
        }
    }

    /** Built-in date formats (14–22, 45–47) and custom ones such as {@code dd.mm.yyyy}. */
    private boolean isDateStyle(int styleIndex) {
        if (source.styles() == null || styleIndex >= source.styles().getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(styleIndex, index -> {
            XSSFCellStyle cellStyle = source.styles().getStyleAt(index);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                    cellStyle.getDataFormatString());
        });
    }

    private void endRow() {
        if (cells.isEmpty()) {
            return; // programs write empty rows for heights and styles
        }
        rowsRead++;
        if (rowsRead > source.limits().maxRows()) {
            throw new ImportRefusedException(new ImportProblem(source.file(), source.sheet(), rowNumber, "",
                    Messages.get("sheets.file.tooManyRows", source.limits().maxRows())));
        }
        handler.row(new SheetRow(rowNumber, cells));
    }

    private ImportRefusedException problem(String cellAddress, String message) {
        String columnName = cellAddress == null ? "" : cellAddress.replaceAll("\\d", "");
        return new ImportRefusedException(new ImportProblem(source.file(), source.sheet(), rowNumber, columnName,
                message));
    }
}
