package org.fairaudit.ui.fakes;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.fairaudit.ui.audit.FilePicker;

/** Answers every file dialog with "cancelled"; tests that need a file use their own picker. */
public final class NoFiles implements FilePicker {
    @Override
    public Optional<Path> chooseAttachment(Window owner) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseReportTarget(Window owner, String defaultFileName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> choosePackageTarget(Window owner, String defaultFileName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> choosePackage(Window owner) {
        return Optional.empty();
    }
}
