package org.fairaudit.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;

/** The operating system's dialog to open an Excel workbook for import. */
public final class WorkbookChooser {
    private WorkbookChooser() {
    }

    public static Optional<Path> choose(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("audit.export.filter"),
                "*.xlsx"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }
}
