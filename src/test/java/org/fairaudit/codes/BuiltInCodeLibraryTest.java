package org.fairaudit.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Requirement;
import org.fairaudit.domain.Severity;
import org.fairaudit.domain.Topic;
import org.fairaudit.i18n.Messages;
import org.junit.jupiter.api.Test;

class BuiltInCodeLibraryTest {
    private static final CodeLibrary LIBRARY = CodeLibrary.loadBuiltIn();

    @Test
    void loadsTheFourBuiltInCodesWithoutProblems() {
        assertThat(LIBRARY.problems()).isEmpty();
        assertThat(LIBRARY.codes()).extracting(CodeOfConduct::id).containsExactly(
                "rights-based-migration", "ilo-forced-labour-indicators", "fair-recruitment", "multi-stakeholder-base");
        assertThat(LIBRARY.codes()).allSatisfy(code -> {
            assertThat(code.version()).isEqualTo("1.0");
            assertThat(code.issuer()).isEqualTo("FairAudit project");
            assertThat(code.language()).isEqualTo("en");
            assertThat(code.title()).isNotBlank();
            assertThat(code.description()).isNotBlank();
        });
    }

    @Test
    void holdsAtLeastSixtyRequirements() {
        assertThat(LIBRARY.codes().stream().mapToInt(CodeOfConduct::requirementCount).sum()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void forcedLabourModuleHasOneRequirementPerIndicator() {
        List<Requirement> requirements = code("ilo-forced-labour-indicators").requirements().toList();

        assertThat(requirements).hasSize(11);
        assertThat(requirements).extracting(Requirement::indicator)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(ForcedLabourIndicator.values());
        assertThat(requirements.stream().filter(Requirement::strongIndicator).map(Requirement::indicator))
                .contains(ForcedLabourIndicator.RETENTION_OF_IDENTITY_DOCUMENTS, ForcedLabourIndicator.DEBT_BONDAGE,
                        ForcedLabourIndicator.PHYSICAL_AND_SEXUAL_VIOLENCE, ForcedLabourIndicator.RESTRICTION_OF_MOVEMENT);
    }

    @Test
    void everyRequirementIsCompleteAndConsistent() {
        assertThat(allRequirements()).allSatisfy(requirement -> {
            assertThat(requirement.text()).as(requirement.ref()).isNotBlank();
            assertThat(requirement.guidance()).as(requirement.ref()).isNotBlank();
            assertThat(requirement.references()).as(requirement.ref()).isNotEmpty();
            assertThat(requirement.topics()).as(requirement.ref()).isNotEmpty();
            assertThat(requirement.checkBy()).as(requirement.ref()).isNotEmpty();
            assertThat(requirement.zeroTolerance()).as(requirement.ref())
                    .isEqualTo(requirement.defaultSeverity() == Severity.ZERO_TOLERANCE);
            assertThat(requirement.strongIndicator() && requirement.indicator() == null).as(requirement.ref()).isFalse();
        });
    }

    @Test
    void refsAreUniqueWithinEachCodeAndCarryTheCodePrefix() {
        Map<String, String> prefixes = Map.of("rights-based-migration", "RBM-", "ilo-forced-labour-indicators", "FL-",
                "fair-recruitment", "FR-", "multi-stakeholder-base", "MSB-");
        assertThat(LIBRARY.codes()).allSatisfy(code -> assertThat(code.requirements().map(Requirement::ref))
                .doesNotHaveDuplicates()
                .allMatch(ref -> ref.startsWith(prefixes.get(code.id()))));
    }

    @Test
    void requirementTopicsAndCrosswalkTopicsMatchExactly() {
        Set<String> used = allRequirements().flatMap(r -> r.topics().stream()).collect(Collectors.toSet());
        Set<String> crosswalk = LIBRARY.crosswalk().topics().stream().map(Topic::id).collect(Collectors.toSet());

        assertThat(used).isEqualTo(crosswalk);
    }

    @Test
    void crosswalkHasTheFourteenTopicsAndEverySchemeHeading() {
        assertThat(LIBRARY.crosswalk().schemes())
                .containsExactly("ETI", "SA8000", "amfori BSCI", "RBA", "FLA", "ILO", "Dhaka / IRIS");
        assertThat(LIBRARY.crosswalk().topics()).extracting(Topic::id).containsExactly(
                "recruitment-fees", "identity-documents", "freedom-of-movement", "contract-language",
                "wage-payment-deductions", "hours", "freedom-of-association", "discrimination", "child-labour",
                "health-safety", "accommodation", "harsh-treatment", "grievance-remedy",
                "equal-treatment-migrant-agency");
        assertThat(LIBRARY.crosswalk().topics()).allSatisfy(topic -> {
            assertThat(topic.title()).isNotBlank();
            assertThat(topic.headings().keySet()).containsExactlyElementsOf(LIBRARY.crosswalk().schemes());
        });
    }

    @Test
    void crosswalkTopicsSitInTheirDecentWorkPillarAndGlobalCompactPrinciple() {
        assertThat(LIBRARY.crosswalk().topics()).allSatisfy(topic -> assertThat(topic.pillar() + " " + topic.ungcPrinciple())
                .as(topic.id())
                .isEqualTo(switch (topic.id()) {
                    case "recruitment-fees", "identity-documents", "freedom-of-movement", "harsh-treatment" -> "rights-at-work 4";
                    case "freedom-of-association", "grievance-remedy" -> "social-dialogue 3";
                    case "discrimination", "equal-treatment-migrant-agency" -> "rights-at-work 6";
                    case "child-labour" -> "rights-at-work 5";
                    case "wage-payment-deductions", "hours", "contract-language" -> "employment 1";
                    default -> "social-protection 1";
                }));
    }

    @Test
    void pillarsHaveLabelsInTheBundle() {
        assertThat(LIBRARY.crosswalk().topics()).allSatisfy(
                topic -> assertThat(Messages.has(topic.pillarKey())).isTrue());
    }

    @Test
    void indexNamesEveryTemplateInTheFolder() throws IOException {
        Path folder = Path.of("templates", "codes");
        List<String> listed = Files.readAllLines(folder.resolve("index.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    private static CodeOfConduct code(String id) {
        return LIBRARY.codes().stream().filter(code -> code.id().equals(id)).findFirst().orElseThrow();
    }

    private static Stream<Requirement> allRequirements() {
        return LIBRARY.codes().stream().flatMap(CodeOfConduct::requirements);
    }
}
