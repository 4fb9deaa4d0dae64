package org.fairaudit.ui.audit;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Native file dialogs, behind an interface so that tests can answer them without a native window. */
public interface FilePicker {
    /** A file to attach as evidence. */
    Optional<Path> chooseAttachment(Window owner);

    /** Where to write an Excel report, proposing {@code defaultFileName}. */
    Optional<Path> chooseReportTarget(Window owner, String defaultFileName);

    /** Where to write an exchange package, proposing {@code defaultFileName}. */
    Optional<Path> choosePackageTarget(Window owner, String defaultFileName);

    /** An exchange package to import. */
    Optional<Path> choosePackage(Window owner);
}
