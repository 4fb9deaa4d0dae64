package org.fairaudit.ui.exchange;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import org.fairaudit.service.Conflict;

/** A field row marked {@code :differs} (bold, see css/app.css) when mine and theirs are not equal. */
final class DifferingFieldRow extends TableRow<Conflict.Field> {
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    @Override
    protected void updateItem(Conflict.Field field, boolean empty) {
        super.updateItem(field, empty);
        pseudoClassStateChanged(DIFFERS, !empty && field != null && field.differs());
    }
}
