package org.fairaudit.ui.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.common.RecordHistoryViewModel.HistoryRow;

/** A table of who changed which field when, from the tamper-evident change log. */
public final class RecordHistoryView {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final TableView<HistoryRow> table = new TableView<>();

    public RecordHistoryView(RecordHistoryViewModel viewModel) {
        table.setId("recordHistory");
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("history.when", 150, row -> WHEN.format(row.changedAt())));
        table.getColumns().add(column("history.who", 130, HistoryRow::author));
        table.getColumns().add(column("history.what", 150,
                row -> Messages.get("history.operation." + row.operation(), row.entityType())));
        table.getColumns().add(column("history.field", 120, HistoryRow::field));
        table.getColumns().add(column("history.before", 180, HistoryRow::before));
        table.getColumns().add(column("history.after", 180, HistoryRow::after));
    }

    public Node root() {
        return table;
    }

    private static TableColumn<HistoryRow, String> column(String titleKey, double width,
                                                          Function<HistoryRow, String> text) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }
}
