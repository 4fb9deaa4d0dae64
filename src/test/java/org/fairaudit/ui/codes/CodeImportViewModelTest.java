package org.fairaudit.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fairaudit.domain.CodeOfConduct;
import org.fairaudit.domain.Profile;
import org.fairaudit.domain.Role;
import org.fairaudit.service.CodeImportPreview;
import org.fairaudit.service.ImportProblem;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.FakeProfiles;
import org.fairaudit.ui.fakes.SampleCodes;
import org.fairaudit.ui.fakes.SheetImports;
import org.junit.jupiter.api.Test;

class CodeImportViewModelTest {
    private static final CodeOfConduct BRAND = new CodeOfConduct("brand-code", "Brand code", "1.0", "Brand", "en",
            "", SampleCodes.FAIR_RECRUITMENT.sections());

    private final SampleCodes codes = new SampleCodes();
    private final FakeProfiles profiles = new FakeProfiles();
    private final SheetImports.Templates templates = new SheetImports.Templates();
    private int reloads;

    private CodeImportViewModel viewModel(CodeImportPreview read) {
        profiles.current = new Profile(UUID.randomUUID(), "Brand reviewer", Role.REVIEWER);
        return new CodeImportViewModel(SheetImports.codes(codes, profiles, read, templates), profiles,
                new DirectUiExecutor(), () -> reloads++);
    }

    @Test
    void aValidCodeIsShownThenKeptAsATemplateAndStored() {
        CodeImportViewModel imports = viewModel(new CodeImportPreview("brand.xlsx", Optional.of(BRAND), List.of()));

        imports.preview(Path.of("brand.xlsx"));
        assertThat(imports.reviewProperty().get().lines()).containsExactly("Brand code (brand-code version 1.0, Brand)",
                BRAND.sections().size() + " section(s), " + BRAND.requirementCount() + " requirement(s)");
        assertThat(codes.added).isEmpty();
        imports.apply();

        assertThat(templates.written).containsExactly(BRAND);
        assertThat(codes.added).containsExactly(BRAND);
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void aSheetWithProblemsStoresNothing() {
        CodeImportViewModel imports = viewModel(new CodeImportPreview("brand.xlsx", Optional.empty(),
                List.of(new ImportProblem("brand.xlsx", "Code", 4, "M", "unknown value 'huge'"))));

        imports.preview(Path.of("brand.xlsx"));
        assertThat(imports.reviewProperty().get().canApply()).isFalse();
        imports.apply();

        assertThat(templates.written).isEmpty();
        assertThat(codes.added).isEmpty();
    }

    @Test
    void theActionIsHiddenFromAuditors() {
        CodeImportViewModel imports = viewModel(new CodeImportPreview("brand.xlsx", Optional.of(BRAND), List.of()));
        profiles.current = new Profile(UUID.randomUUID(), "Field auditor", Role.AUDITOR);

        assertThat(imports.allowed()).isFalse();
    }
}
