package org.fairaudit.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Crosswalk;
import org.junit.jupiter.api.Test;

/** Rows handed over one by one as the sheet is read; sections, lists and values that must agree. */
class CodeSheetTemplateTest {
    private static final Crosswalk CROSSWALK = CodeLibrary.loadBuiltIn().crosswalk();

    @Test
    void rowsBecomeSectionsOfRequirementsWithTheirLists() {
        CodeSheetTemplate template = templateWithItsFirstRow();
        template.add(row(3, Map.of(), "recruitment", "", "B-2"));
        template.add(row(4, Map.of(), "wages", "Wages", "B-3"));
        List<TemplateProblem> problems = new ArrayList<>();

        Optional<CodeOfConduct> code = template.read(problems);

        assertThat(problems).isEmpty();
        assertThat(code).hasValueSatisfying(read -> {
            assertThat(read.sections()).extracting(section -> section.id(), section -> section.requirements().size())
                    .containsExactly(tuple("recruitment", 2), tuple("wages", 1));
            assertThat(read.sections().get(0).requirements().get(0).checkBy()).hasSize(2);
        });
    }

    @Test
    void valuesThatDifferAreReportedCodeColumnsFirstThenSectionTitles() {
        CodeSheetTemplate template = templateWithItsFirstRow();
        template.add(row(3, Map.of(), "recruitment", "Hiring", "B-2"));
        template.add(row(4, Map.of("title", "Other code"), "wages", "Wages", "B-3"));
        List<TemplateProblem> problems = new ArrayList<>();

        assertThat(template.read(problems)).isEmpty();
        assertThat(problems).extracting(TemplateProblem::line, TemplateProblem::field).containsExactly(
                tuple(4, "title"), tuple(3, "section_title"));
    }

    @Test
    void problemsComeSectionBySectionInSheetOrderThenThoseOfTheCodesOwnColumns() {
        CodeSheetTemplate template = templateWithItsFirstRow();
        CodeSheetRow unknownSeverity = row(3, Map.of(), "recruitment", "", "B-2");
        Map<String, String> values = new HashMap<>(unknownSeverity.values());
        values.put("severity", "huge");
        template.add(new CodeSheetRow(3, values));
        template.add(row(4, Map.of("title", "Other code"), "wages", "Wages", "B-1"));
        List<TemplateProblem> problems = new ArrayList<>();

        assertThat(template.read(problems)).isEmpty();
        assertThat(problems).extracting(TemplateProblem::line, TemplateProblem::field).containsExactly(
                tuple(3, "sections[0].requirements[1].severity"), tuple(4, "sections[1].requirements[0].ref"),
                tuple(4, "title"));
    }

    @Test
    void aSheetWithoutRowsIsEmpty() {
        List<TemplateProblem> problems = new ArrayList<>();

        assertThat(new CodeSheetTemplate("brand.xlsx", CROSSWALK).read(problems)).isEmpty();
        assertThat(problems).extracting(TemplateProblem::line).containsExactly(0);
    }

    /** Row 2 gives the code's own values and starts section {@code recruitment}. */
    private static CodeSheetTemplate templateWithItsFirstRow() {
        CodeSheetTemplate template = new CodeSheetTemplate("brand.xlsx", CROSSWALK);
        template.add(row(2, Map.of("code_id", "brand-code", "title", "Brand code", "version", "1.0",
                "issuer", "Brand", "language", "en"), "recruitment", "Recruitment", "B-1"));
        return template;
    }

    private static CodeSheetRow row(int number, Map<String, String> codeValues, String sectionId,
                                    String sectionTitle, String ref) {
        Map<String, String> values = new HashMap<>(codeValues);
        values.put("section_id", sectionId);
        if (!sectionTitle.isEmpty()) {
            values.put("section_title", sectionTitle);
        }
        values.put("ref", ref);
        values.put("text", "Workers pay no fees, " + ref + ".");
        values.put("check_by", "worker_interviews; documents");
        values.put("topics", "recruitment-fees");
        values.put("severity", "major");
        return new CodeSheetRow(number, values);
    }
}
