package org.fairaudit.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;

/**
 * Shows an {@link ImportReview}: the changes, the refused rows, and "Apply" only when nothing was refused. Each line
 * is shown whole, wrapped to the width of the dialog: a refusal names file, sheet, row and column before it says
 * what is wrong.
 */
public final class ImportReviewDialog {
    private static final double WIDTH = 760;
    /** Room for about two wrapped lines per entry before the list scrolls. */
    private static final double ENTRY_HEIGHT = 44;

    private ImportReviewDialog() {
    }

    /** @return whether the user chose to apply */
    public static boolean confirm(Window owner, ImportReview review) {
        ButtonType apply = new ButtonType(Messages.get("sheets.review.apply"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(review.title());
        dialog.setHeaderText(review.canApply() ? Messages.get("sheets.review.ready", review.lines().size())
                : Messages.get("sheets.review.refused", review.rejected().size()));
        VBox content = new VBox(8, new Label(Messages.get("sheets.review.changes")), list("importChanges",
                review.lines().isEmpty() ? List.of(Messages.get("sheets.review.noChanges")) : review.lines()));
        if (!review.rejected().isEmpty()) {
            Label heading = new Label(Messages.get("sheets.review.rejected"));
            heading.getStyleClass().add(AppStyles.BANNER_WARNING);
            content.getChildren().addAll(heading, list("importRejected", review.rejected()));
        }
        dialog.getDialogPane().setPrefWidth(WIDTH);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(apply).setDisable(!review.canApply());
        return dialog.showAndWait().filter(apply::equals).isPresent();
    }

    private static ListView<String> list(String id, List<String> lines) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        list.setId(id);
        list.setCellFactory(view -> new LineCell(view.widthProperty()));
        list.setPrefHeight(Math.min(320, 28 + ENTRY_HEIGHT * lines.size()));
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private static final class LineCell extends ListCell<String> {
        private final Label label;

        LineCell(ReadOnlyDoubleProperty width) {
            label = WrappingLabel.of(width, 32);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            label.setText(empty ? null : line);
            setGraphic(empty || line == null ? null : label);
        }
    }
}
