package org.fairaudit.excel;

import java.io.IOException;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose rows, flushed to temporary files in {@code java.io.tmpdir}, are AES-encrypted with a
 * random key that exists only in this process's memory. {@link #dispose()} deletes those files; if the process
 * dies before that, what is left behind cannot be read, so interview notes and pseudonyms never lie on disk in
 * clear text.
 */
final class EncryptedTempFilesWorkbook extends SXSSFWorkbook {
    EncryptedTempFilesWorkbook(XSSFWorkbook template, int rowsInMemory) {
        super(template, rowsInMemory);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriterWithDecorator();
    }
}
