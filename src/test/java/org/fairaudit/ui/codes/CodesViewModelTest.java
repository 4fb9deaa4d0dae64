package org.fairaudit.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairaudit.domain.CodeSection;
import org.fairaudit.domain.Requirement;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.fairaudit.ui.fakes.SampleCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodesViewModelTest {
    private final SampleCodes service = new SampleCodes();
    private CodesViewModel codes;

    @BeforeEach
    void setUp() {
        codes = new CodesViewModel(service, new DirectUiExecutor(), new RecordingErrors());
    }

    @Test
    void loadsTheCodesAndOpensTheFirst() {
        codes.load();

        assertThat(codes.codes()).containsExactly(SampleCodes.FAIR_RECRUITMENT, SampleCodes.BASE_CODE);
        assertThat(codes.selectedCodeProperty().get()).isEqualTo(SampleCodes.FAIR_RECRUITMENT);
        assertThat(codes.visibleSections()).extracting(CodeSection::title)
                .containsExactly("Recruitment fees and costs", "Documents and contracts");
        assertThat(CodesViewModel.summary(SampleCodes.FAIR_RECRUITMENT)).isEqualTo("Version 1.0 · FairAudit · 3 requirements");
        assertThat(codes.templateProblems()).isEmpty();
    }

    @Test
    void searchKeepsOnlyMatchingRequirementsByRefOrText() {
        codes.load();

        codes.searchTextProperty().set("passport");
        assertThat(requirementRefs()).containsExactly("FR-2");

        codes.searchTextProperty().set("fr-3");
        assertThat(requirementRefs()).containsExactly("FR-3");

        codes.searchTextProperty().set("no such words");
        assertThat(codes.visibleSections()).isEmpty();
    }

    @Test
    void theDetailShowsEverythingWithCrosswalkHeadings() {
        codes.load();

        codes.selectedRequirementProperty().set(SampleCodes.FEES);

        RequirementDetail detail = codes.detailProperty().get();
        assertThat(detail.ref()).isEqualTo("FR-1");
        assertThat(detail.checkBy()).isEqualTo("Worker interviews, Documents");
        assertThat(detail.references()).isEqualTo("C181 Art.7");
        assertThat(detail.defaultSeverity()).isEqualTo("Zero tolerance");
        assertThat(detail.zeroTolerance()).isEqualTo("Yes");
        assertThat(detail.forcedLabourIndicator()).isEqualTo("Debt bondage (strong on its own)");
        assertThat(detail.topics()).singleElement().satisfies(topic -> {
            assertThat(topic.title()).isEqualTo("Recruitment fees");
            assertThat(topic.headings()).contains("ETI: 1 Employment is freely chosen", "principle 4");
        });
    }

    @Test
    void aRequirementHiddenBySearchIsNoLongerShownInDetail() {
        codes.load();
        codes.selectedRequirementProperty().set(SampleCodes.FEES);

        codes.searchTextProperty().set("passport");

        assertThat(codes.detailProperty().get()).isNull();
    }

    @Test
    void templateProblemsAreListed() {
        service.problems.add("templates/codes/rba.yaml line 12: severity: unknown value 'critical'");

        codes.load();

        assertThat(codes.templateProblems()).hasSize(1);
    }

    private java.util.List<String> requirementRefs() {
        return codes.visibleSections().stream().flatMap(s -> s.requirements().stream()).map(Requirement::ref).toList();
    }
}
