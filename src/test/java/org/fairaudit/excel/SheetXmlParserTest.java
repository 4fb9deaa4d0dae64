package org.fairaudit.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fairaudit.excel.RawXlsx.row;
import static org.fairaudit.excel.RawXlsx.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.service.ImportRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The StAX path of sheet imports refuses hostile sheets by itself: a DOCTYPE handed straight to the parser (no POI
 * parser in between) and a zip bomb read through {@link SheetReader}, whose package is opened with POI's guard.
 */
class SheetXmlParserTest {
    private static final String SHEET_START = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>";

    @TempDir
    Path dir;

    @Test
    void anExternalEntityIsNeverReadTheDoctypeIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + SHEET_START + row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>") + "</sheetData></worksheet>";
        List<SheetRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> parser(rows).parse(stream(xml)))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message).singleElement().asString().contains("DOCTYPE"));
        assertThat(rows).isEmpty();
    }

    @Test
    void entityExpansionIsRefusedWithTheDoctype() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + SHEET_START + row(1, "<c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c>") + "</sheetData></worksheet>";

        assertThatThrownBy(() -> parser(new ArrayList<>()).parse(stream(laughs)))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aSheetWithoutDoctypeIsRead() throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        parser(rows).parse(stream(SHEET_START + row(3, text("B3", "no fees")) + "</sheetData></worksheet>"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cell(1)).hasValueSatisfying(cell -> {
                assertThat(cell.address()).isEqualTo("B3");
                assertThat(cell.text()).isEqualTo("no fees");
            });
        });
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        // 100 MB of whitespace between two rows: no cell and no row limit is reached, only the inflate ratio
        RawXlsx.write(bomb, "Sheet", "", List.of(row(1, text("A1", "first")), " ".repeat(100_000_000),
                row(2, text("A2", "second"))).iterator());
        List<SheetRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> new SheetReader(SheetReader.Limits.DEFAULT).readFirstSheet(bomb, rows::add))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("zip bomb");
        assertThat(rows).extracting(SheetRow::number).doesNotContain(2);
    }

    @Test
    void datesAreTheDaysPoiReads() throws Exception {
        StylesTable styles = new StylesTable();
        styles.createCellStyle().setDataFormat(14);
        List<Double> serials = List.of(1.0, 59.0, 60.0, 61.0, 46000.0, 46000.75, 2958465.0);
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < serials.size(); i++) {
            cells.append(RawXlsx.number(null, serials.get(i), 1));
        }
        List<SheetRow> rows = new ArrayList<>();
        new SheetXmlParser(new SheetXmlParser.Source("sheet.xlsx", "Sheet", null, styles, SheetReader.Limits.DEFAULT),
                rows::add).parse(stream(SHEET_START + row(1, cells.toString()) + "</sheetData></worksheet>"));

        assertThat(rows.get(0).cells()).extracting(SheetCell::date).containsExactlyElementsOf(serials.stream()
                .map(serial -> DateUtil.getLocalDateTime(serial).toLocalDate()).toList());
    }

    private static SheetXmlParser parser(List<SheetRow> rows) {
        return new SheetXmlParser(new SheetXmlParser.Source("sheet.xlsx", "Sheet", null, null,
                SheetReader.Limits.DEFAULT), rows::add);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
