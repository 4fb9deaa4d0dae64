package org.fairaudit.ui.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.ListCell;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.BackupFailure;
import org.fairaudit.service.BackupFile;

/** How a backup is shown in lists: date, size and whether it is encrypted. */
public final class BackupLabels {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private BackupLabels() {
    }

    public static String of(BackupFile backup) {
        return Messages.get(backup.encrypted() ? "backup.label.encrypted" : "backup.label.plain",
                WHEN.format(backup.takenAt()), size(backup.size()), backup.path().getFileName());
    }

    /** Why the backup at the last close is missing, with what to do about it. */
    public static String of(BackupFailure failure) {
        return Messages.get("backup.failedAtClose", WHEN.format(failure.at()), failure.reason());
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? Messages.get("backup.size.kb", Math.max(1, bytes / 1024))
                : Messages.get("backup.size.mb", String.format("%.1f", bytes / (1024.0 * 1024)));
    }

    public static ListCell<BackupFile> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(BackupFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : of(item));
            }
        };
    }
}
