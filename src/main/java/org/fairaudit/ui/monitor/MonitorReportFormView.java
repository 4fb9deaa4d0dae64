package org.fairaudit.ui.monitor;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.fairaudit.domain.Attachment;
import org.fairaudit.domain.ForcedLabourIndicator;
import org.fairaudit.domain.Supplier;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.audit.FilePicker;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.ConfidentialBadge;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.FormGrid;
import org.fairaudit.ui.common.TabMovesFocus;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The short filing form of a monitor report; read-only when the report is not the profile's to edit. */
final class MonitorReportFormView {
    private final MonitorReportFormViewModel viewModel;
    private final FormGrid form = new FormGrid();
    private final VBox root;
    private final Node actions;
    private final BooleanExpression readOnly;

    /**
     * @param onSave        files or updates the report
     * @param onNewSupplier opens the supplier form; the supplier it returns is chosen
     */
    MonitorReportFormView(MonitorReportFormViewModel viewModel, FilePicker files, Runnable onSave,
                          SupplierCreation onNewSupplier) {
        this.viewModel = viewModel;
        this.readOnly = viewModel.editableProperty().not();
        form.add(Messages.get("monitor.field.supplier"), supplierRow(onNewSupplier));
        TextField organisation = new TextField();
        organisation.setId("reportOrganisation");
        organisation.textProperty().bindBidirectional(viewModel.organisationProperty());
        organisation.editableProperty().bind(viewModel.editableProperty());
        form.add(Messages.get("monitor.field.organisation"), organisation,
                FieldMessage.under(organisation, viewModel.organisationErrorProperty()));
        DatePicker filedOn = new DatePicker();
        filedOn.setId("reportFiledOn");
        filedOn.valueProperty().bindBidirectional(viewModel.filedOnProperty());
        filedOn.disableProperty().bind(readOnly);
        form.add(Messages.get("monitor.field.filedOn"), filedOn);
        TextArea allegation = area("reportAllegation", viewModel.allegationProperty(), 4);
        form.add(Messages.get("monitor.field.allegation"), allegation,
                FieldMessage.under(allegation, viewModel.allegationErrorProperty()));
        form.add(Messages.get("monitor.field.evidence"), area("reportEvidence", viewModel.evidenceProperty(), 3));
        form.add(Messages.get("monitor.field.files"), attachments(files));
        TextField workers = new TextField();
        workers.setId("reportWorkers");
        workers.setPrefColumnCount(6);
        workers.setMaxWidth(120);
        workers.textProperty().bindBidirectional(viewModel.workersAffected().textProperty());
        workers.editableProperty().bind(viewModel.editableProperty());
        form.add(Messages.get("monitor.field.workers"), workers,
                FieldMessage.under(workers, viewModel.workersAffected().errorProperty()));
        form.add(Messages.get("monitor.field.requirements"), requirements());
        form.add(Messages.get("monitor.field.indicators"), indicators());
        form.addWide(confidentialSection());
        root = new VBox(8, form);
        actions = saveRow(onSave);
    }

    Node root() {
        return root;
    }

    /** Save and its notice, kept in view above the scrolling form. */
    Node actions() {
        return actions;
    }

    private Node supplierRow(SupplierCreation onNewSupplier) {
        ComboBox<Supplier> supplier = new ComboBox<>(viewModel.supplierChoices());
        supplier.setId("reportSupplier");
        supplier.setMaxWidth(Double.MAX_VALUE);
        supplier.setConverter(new StringConverter<>() {
            @Override
            public String toString(Supplier value) {
                return value == null ? "" : Messages.get("audit.new.supplierRow", value.name(), value.country());
            }

            @Override
            public Supplier fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        supplier.valueProperty().bindBidirectional(viewModel.supplierProperty());
        supplier.disableProperty().bind(readOnly);
        Button create = new Button(Messages.get("monitor.newSupplier"), new FontIcon(MaterialDesignP.PLUS));
        create.setId("reportNewSupplier");
        create.disableProperty().bind(readOnly);
        create.setOnAction(event -> onNewSupplier.create().ifPresent(viewModel::supplierCreated));
        HBox.setHgrow(supplier, Priority.ALWAYS);
        HBox row = new HBox(8, supplier, create);
        row.setAlignment(Pos.CENTER_LEFT);
        return FieldMessage.under(row, viewModel.supplierErrorProperty());
    }

    private TextArea area(String id, StringProperty value, int rows) {
        TextArea area = TabMovesFocus.install(new TextArea());
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        area.editableProperty().bind(viewModel.editableProperty());
        return area;
    }

    private Node attachments(FilePicker files) {
        ListView<Attachment> list = new ListView<>(viewModel.attachments());
        list.setId("reportFiles");
        list.setPrefHeight(70);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : Messages.get("monitor.file", item.fileName(), Math.max(1, item.size() / 1024)));
            }
        });
        list.setPlaceholder(new Label(Messages.get("monitor.files.none")));
        Button add = new Button(Messages.get("monitor.addFile"), new FontIcon(MaterialDesignP.PAPERCLIP));
        add.setId("reportAddFile");
        add.disableProperty().bind(readOnly.or(viewModel.storedProperty().not()).or(viewModel.busyProperty()));
        add.setOnAction(event -> files.chooseAttachment(window()).ifPresent(viewModel::addAttachment));
        Label hint = new Label(Messages.get("monitor.files.afterSave"));
        hint.getStyleClass().add(AppStyles.MUTED);
        hint.visibleProperty().bind(viewModel.storedProperty().not().and(viewModel.editableProperty()));
        hint.managedProperty().bind(hint.visibleProperty());
        HBox buttons = new HBox(8, add, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, list, buttons);
    }

    private Node requirements() {
        ListView<RequirementChoice> list = new ListView<>(viewModel.requirementChoices());
        list.setId("reportRequirements");
        list.setPrefHeight(140);
        list.setCellFactory(CheckBoxListCell.forListView(RequirementChoice::chosenProperty));
        list.disableProperty().bind(readOnly);
        return list;
    }

    private Node indicators() {
        FlowPane pane = new FlowPane(12, 6);
        for (ForcedLabourIndicator indicator : ForcedLabourIndicator.values()) {
            CheckBox box = new CheckBox(Messages.of(indicator));
            box.selectedProperty().bindBidirectional(viewModel.indicatorProperty(indicator));
            box.disableProperty().bind(readOnly);
            pane.getChildren().add(box);
        }
        return pane;
    }

    /** Reporter identity and worker pseudonyms, with the switch that keeps them out of exports (on by default). */
    private Node confidentialSection() {
        CheckBox confidential = new CheckBox(Messages.get("monitor.field.confidential"));
        confidential.setId("reportConfidential");
        confidential.selectedProperty().bindBidirectional(viewModel.confidentialProperty());
        confidential.disableProperty().bind(readOnly);
        FormGrid fields = new FormGrid();
        TextField reporter = new TextField();
        reporter.setId("reportReporter");
        reporter.textProperty().bindBidirectional(viewModel.reporterIdentityProperty());
        reporter.editableProperty().bind(viewModel.editableProperty());
        fields.add(Messages.get("monitor.field.reporter"), reporter);
        TextField pseudonyms = new TextField();
        pseudonyms.setId("reportPseudonyms");
        pseudonyms.setPromptText(Messages.get("monitor.field.pseudonyms.prompt"));
        pseudonyms.textProperty().bindBidirectional(viewModel.workerPseudonymsProperty());
        pseudonyms.editableProperty().bind(viewModel.editableProperty());
        fields.add(Messages.get("monitor.field.pseudonyms"), pseudonyms);
        Label badge = ConfidentialBadge.create();
        badge.visibleProperty().bind(viewModel.confidentialProperty());
        HBox heading = new HBox(12, confidential, badge);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox section = new VBox(6, heading, fields);
        section.getStyleClass().add(AppStyles.CARD);
        return section;
    }

    private Node saveRow(Runnable onSave) {
        Button save = new Button(Messages.get("monitor.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setId("saveReport");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(readOnly.or(viewModel.busyProperty()));
        save.setOnAction(event -> onSave.run());
        Label notice = new Label();
        notice.setId("reportNotice");
        notice.getStyleClass().add(AppStyles.MUTED);
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        HBox row = new HBox(12, save, notice);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 12, 8, 12));
        row.visibleProperty().bind(viewModel.editableProperty().or(notice.textProperty().isNotEmpty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
