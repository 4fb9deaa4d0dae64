package org.fairaudit.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A written report opened read-only ({@code new XSSFWorkbook(File)} would rewrite the file on close), or an
 * encrypted one decrypted in memory.
 */
final class ReadOnlyWorkbook implements AutoCloseable {
    /** The workbook file, or {@code null} when decrypted in memory. */
    private final Path file;
    private final XSSFWorkbook workbook;

    ReadOnlyWorkbook(Path file) {
        this.file = file;
        try {
            this.workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReadOnlyWorkbook(byte[] decrypted) throws IOException {
        this.file = null;
        this.workbook = new XSSFWorkbook(new ByteArrayInputStream(decrypted));
    }

    /** Decrypts an agile-encrypted workbook as Excel does: the password must verify. */
    static ReadOnlyWorkbook decrypted(Path file, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
            if (!decryptor.verifyPassword(password)) {
                throw new AssertionError("The password does not open " + file);
            }
            try (InputStream in = decryptor.getDataStream(container)) {
                return new ReadOnlyWorkbook(in.readAllBytes());
            }
        }
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    XSSFSheet sheet(String name) {
        return workbook.getSheet(name);
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The first row of a sheet whose cell in {@code column} has exactly this text. */
    Optional<Row> rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Column index of a header in the first row. */
    int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header + " in " + sheet.getSheetName());
    }

    /** Every cell of every sheet. */
    List<Cell> allCells() {
        List<Cell> cells = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }

    /** Every part of the package as text: sheets, shared strings, charts, defined names, properties. */
    String rawXml() {
        if (file == null) {
            throw new IllegalStateException("A workbook decrypted in memory has no file to read");
        }
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
