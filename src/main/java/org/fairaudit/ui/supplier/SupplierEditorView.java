package org.fairaudit.ui.supplier;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.CountrySuggestions;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The supplier details form. */
final class SupplierEditorView {
    private final SupplierEditorViewModel viewModel;
    private final FieldDecorations decorations = new FieldDecorations();
    private final FormGrid form = new FormGrid();
    private final ScrollPane root;

    SupplierEditorView(SupplierEditorViewModel viewModel) {
        this.viewModel = viewModel;
        field("supplier.field.name", "supplierName", viewModel.nameProperty(), SupplierEditorViewModel.NAME);
        field("supplier.field.osId", "supplierOsId", viewModel.osIdProperty(), SupplierEditorViewModel.OS_ID)
                .setPromptText(Messages.get("supplier.field.osId.prompt"));
        TextField country = field("supplier.field.country", "supplierCountry", viewModel.countryProperty(),
                SupplierEditorViewModel.COUNTRY);
        country.setPromptText(Messages.get("supplier.field.country.prompt"));
        CountrySuggestions.attach(country);
        field("supplier.field.address", "supplierAddress", viewModel.addressProperty(), null);
        field("supplier.field.sector", "supplierSector", viewModel.sectorProperty(), null);
        field("supplier.field.tier", "supplierTier", viewModel.tierProperty(), SupplierEditorViewModel.TIER)
                .setPromptText(Messages.get("supplier.field.tier.prompt"));
        field("supplier.field.parentCompany", "supplierParent", viewModel.parentCompanyProperty(), null);
        field("supplier.field.contact", "supplierContact", viewModel.contactProperty(), null);
        form.addUnlabelled(buttons());

        Label heading = new Label();
        heading.getStyleClass().add(AppStyles.DETAIL_HEADING);
        heading.textProperty().bind(viewModel.isNewProperty().map(isNew -> Messages.get(
                isNew ? "supplier.editor.new" : "supplier.editor.edit")));
        VBox page = new VBox(12, heading, form);
        page.getStyleClass().add(AppStyles.SCREEN);
        root = new ScrollPane(page);
        root.setId("supplierDetails");
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    private TextField field(String labelKey, String id, StringProperty value, String validatedField) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        Node shown = validatedField == null ? field
                : decorations.decorate(field, viewModel.fieldErrors().messageProperty(validatedField));
        form.add(Messages.get(labelKey), field, shown);
        return field;
    }

    private Node buttons() {
        Button save = new Button(Messages.get("supplier.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setId("saveSupplier");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.canSaveBinding().not());
        save.setOnAction(e -> viewModel.save());
        Label notice = new Label();
        notice.setId("supplierNotice");
        notice.getStyleClass().add(AppStyles.MUTED);
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        HBox box = new HBox(12, save, notice);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
