package org.fairaudit.ui.supplier;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.fairaudit.ui.common.AppStyles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The controls the agencies and fees tabs share around their own table and form ({@link SupplierRecords}).
 * Texts come in already localised, so that each tab's keys stay literal where it asks for them.
 */
final class SupplierRecordsControls {
    private SupplierRecordsControls() {
    }

    /**
     * A table of the records, saying {@code emptyText} while there are none. Choosing a row edits it; once no record
     * is edited (New, or after Save and Delete) no row stays chosen.
     */
    static <T> TableView<T> table(ObservableList<T> records, String emptyText, ObjectProperty<T> selected) {
        TableView<T> table = new TableView<>(records);
        Label placeholder = new Label(emptyText);
        placeholder.getStyleClass().add(AppStyles.MUTED);
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                selected.set(row);
            }
        });
        selected.addListener((obs, old, record) -> {
            if (record == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    /** Runs {@code delete} once the user has said OK to {@code question}, in the window of {@code owner}. */
    static void confirmDelete(Node owner, String question, Runnable delete) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner.getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> delete.run());
    }

    /** Save, New and Delete under the form, in each tab's own words; Save and Delete are off while not allowed. */
    static Node buttons(String saveText, BooleanExpression canSave, Runnable onSave,
                        String newText, Runnable onNew,
                        String deleteText, BooleanExpression canDelete, Runnable onDelete) {
        Button add = new Button(newText, new FontIcon(MaterialDesignP.PLUS));
        add.setOnAction(e -> onNew.run());
        Button save = new Button(saveText, new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(canSave.not());
        save.setOnAction(e -> onSave.run());
        Button delete = new Button(deleteText, new FontIcon(MaterialDesignD.DELETE));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(canDelete.not());
        delete.setOnAction(e -> onDelete.run());
        HBox box = new HBox(8, save, add, delete);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
