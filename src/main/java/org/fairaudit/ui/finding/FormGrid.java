package org.fairaudit.ui.finding;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;

/** A two-column form: label, then the field with its validation message underneath. */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(140);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public FormGrid add(String labelKey, Node field) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add(FindingStyles.FORM_LABEL);
        label.setLabelFor(field);
        label.setWrapText(true);
        label.setMaxWidth(150);
        GridPane.setValignment(label, VPos.TOP);
        grid.addRow(row++, label, field);
        return this;
    }

    public FormGrid add(String labelKey, Node field, ObservableStringValue error) {
        return add(labelKey, new VBox(2, field, errorLabel(error)));
    }

    public GridPane node() {
        return grid;
    }

    /** A message shown under a field only while there is one. */
    public static Label errorLabel(ObservableStringValue error) {
        Label label = new Label();
        label.getStyleClass().add(FindingStyles.FIELD_ERROR);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
