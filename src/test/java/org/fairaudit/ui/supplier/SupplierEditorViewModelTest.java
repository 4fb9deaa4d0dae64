package org.fairaudit.ui.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.DirectUiExecutor;
import org.fairaudit.ui.fakes.InMemorySupplierService;
import org.fairaudit.ui.fakes.RecordingErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupplierEditorViewModelTest {
    private final InMemorySupplierService service = new InMemorySupplierService();
    private final RecordingErrors errors = new RecordingErrors();
    private SupplierEditorViewModel editor;

    @BeforeEach
    void setUp() {
        editor = new SupplierEditorViewModel(service, new DirectUiExecutor(), errors);
        editor.startNew();
    }

    @Test
    void aNewFormOpensWithoutMessagesButCannotBeSaved() {
        assertThat(editor.fieldErrors().message("name")).isEmpty();
        assertThat(editor.fieldErrors().message("country")).isEmpty();
        assertThat(editor.fieldErrors().isValid()).isFalse();
        assertThat(editor.canSaveBinding().get()).isFalse();
    }

    @Test
    void onceAFieldIsEditedEveryMissingOneIsNamed() {
        editor.sectorProperty().set("Garments");

        assertThat(editor.fieldErrors().message("name")).isEqualTo(Messages.get("validation.required"));
        assertThat(editor.fieldErrors().message("country")).isEqualTo(Messages.get("validation.required"));

        editor.nameProperty().set("Golden Thread Garments");

        assertThat(editor.fieldErrors().message("name")).isEmpty();
        assertThat(editor.fieldErrors().message("country")).isEqualTo(Messages.get("validation.required"));
    }

    @Test
    void aFormFilledAgainHoldsItsMessagesUntilTheNextEdit() {
        editor.tierProperty().set("first");
        assertThat(editor.fieldErrors().message("tier")).isNotEmpty();

        editor.startNew();

        assertThat(editor.fieldErrors().message("tier")).isEmpty();
        assertThat(editor.fieldErrors().message("name")).isEmpty();
        editor.edit(service.add("Lotus Electronics", "TH"));
        editor.nameProperty().set("");
        assertThat(editor.fieldErrors().message("name")).isEqualTo(Messages.get("validation.required"));
    }

    @Test
    void eachFieldShowsItsOwnRule() {
        editor.nameProperty().set("Golden Thread Garments");
        editor.countryProperty().set("XX");
        editor.osIdProperty().set("not-an-id");
        editor.tierProperty().set("0");

        assertThat(editor.fieldErrors().message("name")).isEmpty();
        assertThat(editor.fieldErrors().message("country")).isEqualTo(Messages.get("validation.country"));
        assertThat(editor.fieldErrors().message("osId")).isEqualTo(Messages.get("validation.osId"));
        assertThat(editor.fieldErrors().message("tier")).isEqualTo(Messages.get("validation.tier"));
        assertThat(editor.canSaveBinding().get()).isFalse();
    }

    @Test
    void aTierThatIsNotANumberIsRefusedNextToTheField() {
        editor.tierProperty().set("first");

        assertThat(editor.fieldErrors().message("tier")).isEqualTo(Messages.get("supplier.validation.wholeNumber"));
    }

    @Test
    void countryCanBeTypedAsCodeNameOrSuggestion() {
        editor.nameProperty().set("Site");
        for (String typed : new String[] {"my", "Malaysia", "Malaysia (MY)"}) {
            editor.countryProperty().set(typed);
            assertThat(editor.fieldErrors().message("country")).as(typed).isEmpty();
            assertThat(editor.candidate().country()).as(typed).isEqualTo("MY");
        }
    }

    @Test
    void saveStoresTheSupplierAndReportsIt() {
        Supplier[] saved = new Supplier[1];
        editor.setOnSaved(s -> saved[0] = s);
        editor.nameProperty().set("  Golden Thread Garments ");
        editor.countryProperty().set("Malaysia (MY)");
        editor.osIdProperty().set("my2019303bq3fzp");
        editor.tierProperty().set("2");

        assertThat(editor.canSaveBinding().get()).isTrue();
        editor.save();

        assertThat(saved[0].name()).isEqualTo("Golden Thread Garments");
        assertThat(saved[0].osId()).isEqualTo("MY2019303BQ3FZP");
        assertThat(saved[0].tier()).isEqualTo(2);
        assertThat(service.find(saved[0].id())).contains(saved[0]);
        assertThat(editor.noticeProperty().get()).isEqualTo(Messages.get("supplier.saved"));
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.isNewProperty().get()).isFalse();
        assertThat(errors.reported).isEmpty();
    }

    @Test
    void anUntouchedSupplierHasNothingToSave() {
        editor.edit(service.add("Lotus Electronics", "TH"));

        assertThat(editor.countryProperty().get()).isEqualTo("Thailand (TH)");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.canSaveBinding().get()).isFalse();
    }

    @Test
    void aConcurrentEditIsExplainedAndTheLatestVersionShown() {
        Supplier supplier = service.add("Lotus Electronics", "TH");
        editor.edit(supplier);
        service.changeElsewhere(supplier.id(), "Lotus Electronics (Rayong)");

        editor.sectorProperty().set("Electronics");
        editor.save();

        assertThat(editor.noticeProperty().get()).isEqualTo(Messages.get("supplier.concurrentEdit"));
        assertThat(editor.nameProperty().get()).isEqualTo("Lotus Electronics (Rayong)");
        assertThat(editor.sectorProperty().get()).isEmpty();
        assertThat(errors.reported).isEmpty();
    }
}
