package org.fairaudit.bench;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fairaudit.app.StartupMarker;

/**
 * The start-up baseline of {@link StartupBenchmark}: a bare JavaFX window with one filled TableView, printing the
 * same marker line as FairAudit once it is shown.
 */
public final class BareTableViewApp extends Application {
    private static final int ROWS = 200;

    @Override
    public void start(Stage stage) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList());
        TableColumn<String, String> column = new TableColumn<>("Finding");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        table.getColumns().add(column);
        for (int i = 1; i <= ROWS; i++) {
            table.getItems().add("Finding " + i);
        }
        stage.setScene(new Scene(table, 1320, 840));
        stage.show();
        StartupMarker.print();
    }

    /** Entry point: a main class that extends Application is refused when JavaFX is on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareTableViewApp.class, args);
        }
    }
}
