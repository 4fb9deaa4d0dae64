package org.fairaudit.ui.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
        table.getColumns().add(TableColumns.text("history.when", row -> WHEN.format(row.changedAt()), 150));
        table.getColumns().add(TableColumns.text("history.who", HistoryRow::author, 130));
        table.getColumns().add(TableColumns.text("history.what",
                row -> Messages.get("history.operation." + row.operation(), row.entityType()), 150));
        table.getColumns().add(TableColumns.text("history.field", HistoryRow::field, 120));
        table.getColumns().add(TableColumns.text("history.before", HistoryRow::before, 180));
        table.getColumns().add(TableColumns.text("history.after", HistoryRow::after, 180));
    }

    public Node root() {
        return table;
    }
}
