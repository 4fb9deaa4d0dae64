package org.fairaudit.ui.audit;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.domain.Announcement;
import org.fairaudit.domain.Audit;
import org.fairaudit.domain.AuditType;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.FormGrid;

/** The "New audit" dialog; Create validates, then creates the audit in the background. */
final class NewAuditDialog {
    private NewAuditDialog() {
    }

    /** Shows the dialog and waits; the created audit, or empty when cancelled. */
    static Optional<Audit> showAndWait(Window owner, NewAuditViewModel viewModel) {
        Dialog<Audit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("audit.new.title"));
        dialog.setHeaderText(Messages.get("audit.new.title"));
        dialog.setResizable(true);

        TextField search = new TextField();
        search.setId("supplierSearch");
        search.setPromptText(Messages.get("audit.new.supplierSearch"));
        search.textProperty().bindBidirectional(viewModel.supplierQueryProperty());
        ListView<Supplier> matches = new ListView<>(viewModel.supplierMatches());
        matches.setId("supplierList");
        matches.setPrefHeight(140);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Supplier item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.get("audit.new.supplierRow", item.name(), item.country()));
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.supplierProperty().set(now));

        VBox codes = new VBox(6);
        viewModel.codeChoices().addListener((javafx.collections.ListChangeListener<NewAuditViewModel.CodeChoice>) change -> {
            codes.getChildren().clear();
            for (NewAuditViewModel.CodeChoice choice : viewModel.codeChoices()) {
                CheckBox box = new CheckBox(choice.code().title() + " (" + choice.code().version() + ")");
                box.selectedProperty().bindBidirectional(choice.chosen());
                codes.getChildren().add(box);
            }
        });

        ComboBox<AuditType> type = new ComboBox<>();
        type.getItems().setAll(AuditType.values());
        type.setConverter(new EnumLabels<>());
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        ComboBox<Announcement> announcement = new ComboBox<>();
        announcement.getItems().setAll(Announcement.values());
        announcement.setConverter(new EnumLabels<>());
        announcement.valueProperty().bindBidirectional(viewModel.announcementProperty());
        DatePicker start = new DatePicker();
        start.valueProperty().bindBidirectional(viewModel.startDateProperty());
        DatePicker end = new DatePicker();
        end.valueProperty().bindBidirectional(viewModel.endDateProperty());
        TextField lead = new TextField();
        lead.textProperty().bindBidirectional(viewModel.leadAuditorProperty());
        TextField team = new TextField();
        team.setPromptText(Messages.get("audit.new.teamPrompt"));
        team.textProperty().bindBidirectional(viewModel.teamProperty());

        FormGrid form = new FormGrid();
        form.add(Messages.get("audit.new.supplier"), search,
                FieldMessage.under(new VBox(4, search, matches), viewModel.supplierErrorProperty()));
        form.add(Messages.get("audit.new.codes"), codes, FieldMessage.under(codes, viewModel.codesErrorProperty()));
        form.add(Messages.get("audit.new.type"), type, new HBox(10, type, announcement));
        form.add(Messages.get("audit.new.dates"), start,
                FieldMessage.under(new HBox(10, start, end), viewModel.datesErrorProperty()));
        form.add(Messages.get("audit.new.leadAuditor"), lead,
                FieldMessage.under(lead, viewModel.leadAuditorErrorProperty()));
        form.add(Messages.get("audit.new.team"), team);
        dialog.getDialogPane().setContent(new VBox(8, form, FieldMessage.of(viewModel.createErrorProperty())));
        dialog.getDialogPane().setPrefWidth(640);

        ButtonType createType = new ButtonType(Messages.get("audit.new.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(createType, ButtonType.CANCEL);
        Button create = (Button) dialog.getDialogPane().lookupButton(createType);
        create.setId("createAudit");
        create.disableProperty().bind(viewModel.creatingProperty());
        // Creation runs in the background: the dialog stays open until it succeeds.
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.create(created -> {
                dialog.setResult(created);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(event -> search.requestFocus());
        viewModel.load();
        return dialog.showAndWait();
    }
}
