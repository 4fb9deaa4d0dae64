package org.fairaudit.ui.supplier;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.CountrySuggestions;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.TableColumns;

/** Recruitment agencies of the selected supplier: table above, form below. */
final class AgenciesView {
    private final AgenciesViewModel viewModel;
    private final FieldDecorations decorations = new FieldDecorations();
    private final VBox root;

    AgenciesView(AgenciesViewModel viewModel) {
        this.viewModel = viewModel;
        TableView<RecruitmentAgency> table = table();
        root = new VBox(12, table, form(), buttons());
        root.getStyleClass().add(AppStyles.SCREEN);
    }

    private TableView<RecruitmentAgency> table() {
        TableView<RecruitmentAgency> table = SupplierRecordsControls.table(viewModel.agencies(),
                Messages.get("supplier.agencies.none"), viewModel.selectedProperty());
        table.setPrefHeight(200);
        table.getColumns().setAll(List.of(
                TableColumns.text("supplier.agencies.name", RecruitmentAgency::name),
                TableColumns.text("supplier.agencies.country", agency -> Countries.label(agency.country())),
                TableColumns.text("supplier.agencies.licence", RecruitmentAgency::licenceNumber)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private Node form() {
        FormGrid form = new FormGrid();
        TextField name = new TextField();
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        form.add(Messages.get("supplier.agencies.name"), name,
                decorations.decorate(name, viewModel.fieldErrors().messageProperty(AgenciesViewModel.NAME)));
        TextField country = new TextField();
        country.setPromptText(Messages.get("supplier.field.country.prompt"));
        country.textProperty().bindBidirectional(viewModel.countryProperty());
        CountrySuggestions.attach(country);
        form.add(Messages.get("supplier.agencies.country"), country,
                decorations.decorate(country, viewModel.fieldErrors().messageProperty(AgenciesViewModel.COUNTRY)));
        TextField licence = new TextField();
        licence.textProperty().bindBidirectional(viewModel.licenceProperty());
        form.add(Messages.get("supplier.agencies.licence"), licence, licence);
        return form;
    }

    private void confirmDelete() {
        RecruitmentAgency agency = viewModel.selectedProperty().get();
        SupplierRecordsControls.confirmDelete(root, Messages.get("supplier.agencies.confirmDelete", agency.name()),
                viewModel::delete);
    }

    private Node buttons() {
        return SupplierRecordsControls.buttons(
                Messages.get("supplier.agencies.save"), viewModel.canSaveBinding(), viewModel::save,
                Messages.get("supplier.agencies.new"), viewModel::newAgency,
                Messages.get("supplier.agencies.delete"), viewModel.canDeleteBinding(), this::confirmDelete);
    }

    Node root() {
        return root;
    }
}
