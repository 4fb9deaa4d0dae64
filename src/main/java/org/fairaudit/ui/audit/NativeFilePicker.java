package org.fairaudit.ui.audit;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fairaudit.i18n.Messages;
import org.fairaudit.ui.exchange.PackageScope;

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

    @Override
    public Optional<Path> choosePackageTarget(Window owner, String defaultFileName) {
        FileChooser chooser = packageChooser("exchange.export.choose");
        chooser.setInitialFileName(defaultFileName);
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> choosePackage(Window owner) {
        return path(packageChooser("exchange.import.choose").showOpenDialog(owner));
    }

    private static FileChooser packageChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("exchange.filter"),
                "*" + PackageScope.FILE_SUFFIX));
        return chooser;
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
