package org.fairaudit.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import org.fairaudit.i18n.Messages;

/** Read-only table columns whose cells show text taken from the row. */
public final class TableColumns {
    private TableColumns() {
    }

    public static <S> TableColumn<S, String> text(String titleKey, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    public static <S> TableColumn<S, String> text(String titleKey, Function<S, String> value, double prefWidth) {
        TableColumn<S, String> column = text(titleKey, value);
        column.setPrefWidth(prefWidth);
        return column;
    }
}
