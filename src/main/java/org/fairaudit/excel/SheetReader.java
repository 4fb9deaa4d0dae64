package org.fairaudit.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;

/**
 * Reads one sheet of an .xlsx file row by row, in bounded memory whatever the row count: POI opens the package
 * (its zip-bomb guard on every part) and reads the styles; {@link SharedStrings} and {@link SheetXmlParser} (StAX)
 * read the strings and pull the rows. Only the shared strings (bounded by POI's zip-bomb guard and the file size)
 * and the current row are held.
 * Used by every sheet importer, so that they all refuse the same hostile files in the same words.
 *
 * <p>Refused, with an {@link ImportRefusedException} naming file, sheet, row and column: files that are not
 * .xlsx (old .xls, encrypted, not a zip, truncated), zip bombs (POI's {@code ZipSecureFile} guard stays on),
 * any DOCTYPE in the XML (POI's secure parser; {@link SecureStax} for strings and sheet), files, rows counts
 * and cells above {@link Limits}.
 */
public final class SheetReader {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** How much a file may hold before it is refused unread or at the row or cell that exceeds it. */
    public record Limits(long maxFileBytes, int maxRows, int maxCellLength) {
        /** 32,767 characters is Excel's own cell limit; 200,000 rows is far above any real CAP or code. */
        public static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 200_000, 32_767);
    }

    /** Receives rows in file order; may throw to stop reading (e.g. a {@link java.util.concurrent.CancellationException}). */
    @FunctionalInterface
    public interface RowHandler {
        /** Called once, before the first row, with the name of the sheet being read. */
        default void sheet(String name) {
        }

        void row(SheetRow row);
    }

    private final Limits limits;

    public SheetReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads the sheet named {@code sheetName}; a workbook without it is refused, naming the sheets it has. */
    public void readSheet(Path file, String sheetName, RowHandler handler) {
        read(file, sheetName, handler);
    }

    /** Reads the first sheet, whatever its name. */
    public void readFirstSheet(Path file, RowHandler handler) {
        read(file, null, handler);
    }

    private void read(Path file, String sheetName, RowHandler handler) {
        String fileName = String.valueOf(file.getFileName());
        checkKindAndSize(file, fileName);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (sheetName == null || sheetName.equals(name)) {
                        handler.sheet(name);
                        new SheetXmlParser(new SheetXmlParser.Source(fileName, name,
                                SharedStrings.read(pkg, fileName), styles(reader), limits), handler)
                                .parse(sheet);
                        return;
                    }
                    names.add(name);
                }
            }
            throw refused(fileName, names.isEmpty() ? Messages.get("sheets.file.noSheets")
                    : Messages.get("sheets.file.noSuchSheet", sheetName, String.join(", ", names)));
        } catch (ImportRefusedException e) {
            throw e;
        } catch (IOException | XMLStreamException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IllegalStateException e) {
            throw refused(fileName, reason(e));
        }
    }

    private static StylesTable styles(XSSFReader reader) throws IOException, InvalidFormatException {
        return reader.getStylesTable();
    }

    /** Refuses by the first bytes what POI would otherwise report in its own words. */
    private void checkKindAndSize(Path file, String fileName) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
            size = Files.size(file);
        } catch (IOException e) {
            throw refused(fileName, Messages.get("sheets.file.unreadable", e.getMessage()));
        }
        if (Arrays.equals(head, OLE2)) {
            throw refused(fileName, Messages.get("sheets.file.oldOrEncrypted"));
        }
        if (!Arrays.equals(head, ZIP)) {
            throw refused(fileName, Messages.get("sheets.file.notXlsx"));
        }
        if (size > limits.maxFileBytes()) {
            throw refused(fileName, Messages.get("sheets.file.tooLarge", limits.maxFileBytes()));
        }
    }

    /** The user's words for what POI found; the technical detail goes to the end for support. */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return Messages.get("sheets.file.zipBomb");
            }
            if (message.contains("DOCTYPE")) {
                return Messages.get("sheets.file.doctype");
            }
        }
        return Messages.get("sheets.file.damaged", firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    static ImportRefusedException refused(String fileName, String message) {
        return new ImportRefusedException(new ImportProblem(fileName, "", 0, "", message));
    }
}
