package org.fairaudit.ui.audit;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;

/** The operating system's file dialogs. */
public final class NativeFilePicker implements FilePicker {
    @Override
    public Optional<Path> chooseAttachment(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("audit.attachment.choose"));
        return path(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseReportTarget(Window owner, String defaultFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("audit.export.choose"));
        chooser.setInitialFileName(defaultFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("audit.export.filter"), "*.xlsx"));
        return path(chooser.showSaveDialog(owner));
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
