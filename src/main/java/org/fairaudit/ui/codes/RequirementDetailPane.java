package org.fairaudit.ui.codes;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.AppStyles;

/** The right-hand pane of the codes browser: one requirement in full, or a hint to pick one. */
final class RequirementDetailPane extends ScrollPane {
    private final VBox content = new VBox(10);

    RequirementDetailPane(ObservableValue<RequirementDetail> detail) {
        content.getStyleClass().add(AppStyles.SCREEN);
        setContent(content);
        setFitToWidth(true);
        detail.addListener((obs, old, now) -> show(now));
        show(detail.getValue());
    }

    private void show(RequirementDetail detail) {
        if (detail == null) {
            Label hint = new Label(Messages.get("codesview.pickRequirement"));
            hint.getStyleClass().add(AppStyles.MUTED);
            hint.setWrapText(true);
            content.getChildren().setAll(hint);
            return;
        }
        Label ref = new Label(detail.ref());
        ref.getStyleClass().add(AppStyles.SCREEN_TITLE);
        content.getChildren().setAll(ref, paragraph(detail.text()));
        section("codesview.guidance", detail.guidance());
        GridPane facts = new GridPane();
        facts.getStyleClass().add(AppStyles.FORM);
        fact(facts, 0, "codesview.checkBy", detail.checkBy());
        fact(facts, 1, "codesview.references", detail.references());
        fact(facts, 2, "codesview.severity", detail.defaultSeverity());
        fact(facts, 3, "codesview.zeroTolerance", detail.zeroTolerance());
        fact(facts, 4, "codesview.indicator", detail.forcedLabourIndicator());
        content.getChildren().add(facts);
        if (!detail.topics().isEmpty()) {
            content.getChildren().add(heading("codesview.topics"));
            detail.topics().forEach(topic -> {
                Label title = new Label(topic.title());
                title.getStyleClass().add(AppStyles.DETAIL_HEADING);
                Label headings = paragraph(topic.headings());
                headings.getStyleClass().add(AppStyles.MUTED);
                content.getChildren().add(new VBox(2, title, headings));
            });
        }
    }

    private void section(String headingKey, String text) {
        if (!text.isBlank()) {
            content.getChildren().addAll(heading(headingKey), paragraph(text));
        }
    }

    private static void fact(GridPane grid, int row, String key, String value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add(AppStyles.MUTED);
        name.setMinWidth(USE_PREF_SIZE);
        grid.addRow(row, name, paragraph(value.isBlank() ? Messages.get("codesview.none") : value));
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(AppStyles.DETAIL_HEADING);
        return label;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
