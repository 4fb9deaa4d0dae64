package org.fairaudit.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.fairaudit.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One row per running long task: title, progress bar, message and a cancel button.
 * Listens weakly to the executor's list, which outlives short-lived owners such as dialogs.
 */
public final class BackgroundTasksBar extends HBox {
    private final ObservableList<? extends Worker<?>> tasks;
    private final ListChangeListener<Worker<?>> rebuild = change -> rebuild();

    public BackgroundTasksBar(ObservableList<? extends Worker<?>> tasks) {
        super(12);
        this.tasks = tasks;
        setAlignment(Pos.CENTER_RIGHT);
        tasks.addListener(new WeakListChangeListener<>(rebuild));
        rebuild();
    }

    private void rebuild() {
        getChildren().setAll(tasks.stream().map(BackgroundTasksBar::row).toList());
    }

    private static Node row(Worker<?> task) {
        Label title = new Label();
        title.textProperty().bind(task.titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.getStyleClass().add(AppStyles.MUTED);
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.getStyleClass().addAll("button-icon", "flat");
        cancel.setTooltip(new Tooltip(Messages.get("main.task.cancel")));
        cancel.setAccessibleText(Messages.get("main.task.cancel"));
        cancel.setOnAction(e -> task.cancel());
        HBox row = new HBox(6, title, progress, message, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(AppStyles.TASK);
        return row;
    }
}
