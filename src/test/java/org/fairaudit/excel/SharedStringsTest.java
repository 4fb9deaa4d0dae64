package org.fairaudit.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.fairaudit.service.ImportRefusedException;
import org.junit.jupiter.api.Test;

/** Our shared-strings reader gives what POI's {@link ReadOnlySharedStringsTable} gives, without phonetic runs. */
class SharedStringsTest {
    private static final String TABLE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
            <si><t>Open</t></si>
            <si><r><rPr><b/></rPr><t>Repay </t></r><r><t xml:space="preserve">all fees </t></r></si>
            <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>
            <si><t>line_x000D_break &amp; _x005f_x0041_</t></si>
            <si><t></t></si>
            </sst>""";

    @Test
    void readsEveryStringAsPoiDoes() throws Exception {
        SharedStrings ours = SharedStrings.parse(stream(TABLE), "book.xlsx");
        ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(stream(TABLE), false);

        for (int i = 0; i < poi.getUniqueCount(); i++) {
            assertThat(ours.get(i)).as("string %d", i).isEqualTo(poi.getItemAt(i).getString());
        }
        assertThat(ours.get(2)).isEqualTo("東京");
        assertThatThrownBy(() -> ours.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aDoctypeIsRefused() {
        String xxe = TABLE.replace("standalone=\"yes\"?>", "standalone=\"yes\"?>"
                + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace("Open", "&xxe;");

        assertThatThrownBy(() -> SharedStrings.parse(stream(xxe), "book.xlsx"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("DOCTYPE");
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
