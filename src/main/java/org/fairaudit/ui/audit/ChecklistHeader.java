package org.fairaudit.ui.audit;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fairaudit.domain.AuditStatus;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.EnumLabels;
import org.fairaudit.ui.common.FieldMessage;
import org.fairaudit.ui.common.WholeNumberInput;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The checklist's header: supplier and codes, status, dates, interview counts, progress, rating, save state. */
final class ChecklistHeader {
    private final VBox root;

    /** @param exportPackage "Export package…", when the role may export packages; its message shows below */
    ChecklistHeader(ChecklistViewModel viewModel, Runnable onBack, Runnable onExport, Optional<Button> exportPackage,
                    ObservableStringValue packageMessage) {
        AuditHeaderViewModel header = viewModel.header();
        Button back = new Button(Messages.get("audit.checklist.back"), new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setOnAction(event -> onBack.run());
        Label supplier = new Label();
        supplier.textProperty().bind(header.supplierNameProperty());
        supplier.getStyleClass().add(ChecklistStyles.TITLE);
        Label codes = new Label();
        codes.textProperty().bind(header.codesTextProperty());
        Label saveState = new Label();
        saveState.setId("saveState");
        saveState.getStyleClass().add(ChecklistStyles.SAVE_STATE);
        saveState.textProperty().bind(Bindings.createStringBinding(
                () -> saveStateText(viewModel.saveStateProperty().get(), viewModel.saveFailureProperty().get()),
                viewModel.saveStateProperty(), viewModel.saveFailureProperty()));
        Button export = new Button(Messages.get("audit.export.button"), new FontIcon(MaterialDesignF.FILE_EXCEL));
        export.setId("exportReport");
        export.setOnAction(event -> onExport.run());
        // The code titles give way first: buttons and the supplier name stay whole on a narrow window.
        keepWhole(back, supplier, saveState, export);
        codes.setMinWidth(0);
        HBox titleRow = row(back, supplier, codes, grow(), saveState, export);
        exportPackage.ifPresent(button -> {
            keepWhole(button);
            titleRow.getChildren().add(button);
        });

        ComboBox<AuditStatus> status = new ComboBox<>();
        status.getItems().setAll(AuditStatus.values());
        status.setConverter(new EnumLabels<>());
        // accepted and returned are shown but chosen in the review inbox; a closed audit's status is the reviewer's
        status.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AuditStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.of(item));
                setDisable(item != null && item.isReviewDecision());
            }
        });
        status.disableProperty().bind(header.statusProperty().isEqualTo(AuditStatus.SUBMITTED)
                .or(header.statusProperty().isEqualTo(AuditStatus.ACCEPTED)));
        status.valueProperty().bindBidirectional(header.statusProperty());
        keepWhole(status);
        BooleanExpression closed = header.editableProperty().not();
        DatePicker start = datePicker(header.startDateProperty(), closed);
        DatePicker end = datePicker(header.endDateProperty(), closed);
        Label team = new Label();
        team.textProperty().bind(header.teamTextProperty());
        team.setMinWidth(0); // the team gives way before the field labels on a narrow screen
        HBox auditRow = row(label("audit.header.status"), status, label("audit.header.start"), start,
                label("audit.header.end"), end, FieldMessage.of(header.datesErrorProperty()), grow(), team);

        HBox interviews = row(label("audit.header.interviews"),
                count("audit.interviews.migrant", header.migrant(), header, closed),
                count("audit.interviews.local", header.local(), header, closed),
                count("audit.interviews.women", header.women(), header, closed),
                count("audit.interviews.men", header.men(), header, closed),
                count("audit.interviews.individual", header.individual(), header, closed),
                count("audit.interviews.group", header.group(), header, closed));

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(260);
        progress.progressProperty().bind(Bindings.createDoubleBinding(
                () -> viewModel.applicableBinding().get() == 0 ? 0.0
                        : (double) viewModel.assessedBinding().get() / viewModel.applicableBinding().get(),
                viewModel.assessedBinding(), viewModel.applicableBinding()));
        Label progressText = new Label();
        progressText.setId("progressText");
        progressText.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("audit.progress", viewModel.assessedBinding().get(), viewModel.applicableBinding().get()),
                viewModel.assessedBinding(), viewModel.applicableBinding()));
        Label rating = new Label();
        rating.setId("ratingText");
        rating.textProperty().bind(viewModel.ratingTextProperty());
        Label exportMessage = new Label();
        exportMessage.setId("exportMessage");
        exportMessage.textProperty().bind(viewModel.export().messageProperty());
        Label loadError = FieldMessage.of(viewModel.loadErrorProperty());
        // A long export message ("Report written to <path>") shortens itself, never the progress.
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        Label packageExportMessage = new Label();
        packageExportMessage.setId("packageExportMessage");
        packageExportMessage.textProperty().bind(packageMessage);
        HBox progressRow = row(progress, progressText, rating, grow(), exportMessage, packageExportMessage, loadError);

        root = new VBox(8, titleRow, returnedBanner(header), closedBanner(header), auditRow, interviews, progressRow);
        root.getStyleClass().add(ChecklistStyles.HEADER);
        root.setPadding(new Insets(10, 12, 10, 12));
    }

    Node root() {
        return root;
    }

    private static String saveStateText(SaveLane.State state, String failure) {
        return switch (state) {
            case IDLE -> "";
            case SAVING -> Messages.get("audit.save.saving");
            case SAVED -> Messages.get("audit.save.saved");
            case FAILED -> failure;
        };
    }

    /** Says why the checklist cannot be changed, and takes no room while it can. */
    private static Node returnedBanner(AuditHeaderViewModel header) {
        Label banner = new Label(null, new FontIcon(MaterialDesignM.MESSAGE_ALERT_OUTLINE));
        banner.setId("returnedBanner");
        banner.getStyleClass().add(AppStyles.BANNER_WARNING);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(header.returnNoticeProperty());
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static Node closedBanner(AuditHeaderViewModel header) {
        Label banner = new Label(null, new FontIcon(MaterialDesignL.LOCK));
        banner.setId("closedBanner");
        banner.getStyleClass().add(AppStyles.BANNER_WARNING);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(header.closedNoticeProperty());
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static Node count(String labelKey, WholeNumberInput input, AuditHeaderViewModel header,
                              BooleanExpression closed) {
        TextField field = new TextField();
        field.setPrefColumnCount(3);
        field.disableProperty().bind(closed);
        field.textProperty().bindBidirectional(input.textProperty());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                header.flush();
            }
        });
        return new VBox(2, row(label(labelKey), field), FieldMessage.of(input.errorProperty()));
    }

    private static DatePicker datePicker(javafx.beans.property.ObjectProperty<java.time.LocalDate> value,
                                         BooleanExpression closed) {
        DatePicker picker = new DatePicker();
        picker.disableProperty().bind(closed);
        picker.setPrefWidth(150);
        keepWhole(picker);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static void keepWhole(Region... nodes) {
        for (Region node : nodes) {
            node.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        keepWhole(label);
        return label;
    }

    private static HBox row(Node... children) {
        HBox row = new HBox(10, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Region grow() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
