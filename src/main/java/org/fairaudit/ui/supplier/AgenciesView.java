package org.fairaudit.ui.supplier;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.RecruitmentAgency;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.Countries;
import org.fairaudit.ui.common.CountrySuggestions;
import org.fairaudit.ui.common.FieldDecorations;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.TableColumns;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

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

    Node root() {
        return root;
    }

    private TableView<RecruitmentAgency> table() {
        TableView<RecruitmentAgency> table = new TableView<>(viewModel.agencies());
        Label placeholder = new Label(Messages.get("supplier.agencies.none"));
        placeholder.getStyleClass().add(AppStyles.MUTED);
        table.setPlaceholder(placeholder);
        table.setPrefHeight(200);
        table.getColumns().setAll(List.of(
                TableColumns.text("supplier.agencies.name", RecruitmentAgency::name),
                TableColumns.text("supplier.agencies.country", agency -> Countries.label(agency.country())),
                TableColumns.text("supplier.agencies.licence", RecruitmentAgency::licenceNumber)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, agency) -> {
            if (agency != null) {
                viewModel.selectedProperty().set(agency);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, agency) -> {
            if (agency == null) {
                table.getSelectionModel().clearSelection();
            }
        });
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
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("supplier.agencies.confirmDelete", agency.name()), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(root.getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.delete());
    }

    private Node buttons() {
        Button add = new Button(Messages.get("supplier.agencies.new"), new FontIcon(MaterialDesignP.PLUS));
        add.setOnAction(e -> viewModel.newAgency());
        Button save = new Button(Messages.get("supplier.agencies.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.canSaveBinding().not());
        save.setOnAction(e -> viewModel.save());
        Button delete = new Button(Messages.get("supplier.agencies.delete"), new FontIcon(MaterialDesignD.DELETE));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(viewModel.canDeleteBinding().not());
        delete.setOnAction(e -> confirmDelete());
        HBox box = new HBox(8, save, add, delete);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
