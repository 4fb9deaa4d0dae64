package org.fairaudit.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: labels on the left, growing fields on the right, one row per {@link #add} call. */
public final class FormGrid extends GridPane {
    private int rows;

    public FormGrid() {
        getStyleClass().add(AppStyles.FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().setAll(labels, fields);
    }

    /** Adds a labelled row whose field is {@code field} itself. */
    public void add(String label, Node field) {
        add(label, field, field);
    }

    /** Adds a labelled row; {@code field} may be a box (field and message) holding {@code labelFor}. */
    public void add(String label, Node labelFor, Node field) {
        Label text = new Label(label);
        text.setLabelFor(labelFor);
        // Baseline: the label lines up with the text in the field, not with the message under it.
        GridPane.setValignment(text, VPos.BASELINE);
        GridPane.setValignment(field, VPos.BASELINE);
        add(text, 0, rows);
        add(field, 1, rows);
        rows++;
    }

    /** Adds a row across both columns, e.g. a table that needs the width. */
    public void addWide(Node node) {
        add(node, 0, rows, 2, 1);
        GridPane.setHalignment(node, HPos.LEFT);
        rows++;
    }

    /** Adds a row without label, e.g. a check box or the buttons. */
    public void addUnlabelled(Node node) {
        add(node, 1, rows);
        rows++;
    }
}
