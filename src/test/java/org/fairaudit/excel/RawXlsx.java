package org.fairaudit.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx files from raw sheet XML, the way other programs do (LibreOffice: inline strings, rows without
 * references, empty styled rows), and hostile ones no spreadsheet program would write. Rows are streamed, so a
 * million-row file costs no memory. Style 1 is the built-in date format 14, style 2 the custom {@code dd.mm.yyyy}.
 */
public final class RawXlsx {
    private RawXlsx() {
    }

    /** A file with one sheet; {@code prolog} goes between the XML declaration and the worksheet element. */
    public static void write(Path file, String sheetName, String prolog, Iterator<String> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName)));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>
                    <fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                    <borders count="1"><border/></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                    <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                    <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
                    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
                    </styleSheet>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + prolog
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            while (rows.hasNext()) {
                xml.write(rows.next());
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        }
    }

    public static void write(Path file, String sheetName, List<String> rows) throws IOException {
        write(file, sheetName, "", rows.iterator());
    }

    /** A row with its reference; LibreOffice-like files may leave it out: {@link #rowWithoutRef}. */
    public static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    public static String rowWithoutRef(String... cells) {
        return "<row>" + String.join("", cells) + "</row>";
    }

    /** An empty styled row, as programs write for heights and formats. */
    public static String emptyRow(int number) {
        return "<row r=\"" + number + "\" ht=\"12.8\" customHeight=\"1\"></row>";
    }

    /** An inline-string cell; {@code ref} may be null (no reference, the next column). */
    public static String text(String ref, String text) {
        return "<c" + ref(ref) + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
    }

    public static String number(String ref, double value, int style) {
        return "<c" + ref(ref) + " s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    /** A formula whose cached result is the text {@code result}. */
    public static String formula(String ref, String formula, String result) {
        return "<c" + ref(ref) + " t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(result) + "</v></c>";
    }

    /** An ISO 8601 date cell ({@code t="d"}), as some programs write. */
    public static String isoDate(String ref, String date) {
        return "<c" + ref(ref) + " t=\"d\"><v>" + date + "</v></c>";
    }

    private static String ref(String ref) {
        return ref == null ? "" : " r=\"" + ref + "\"";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
