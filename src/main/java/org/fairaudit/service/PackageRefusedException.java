package org.fairaudit.service;

import java.nio.file.Path;
import java.util.Arrays;
import org.fairaudit.i18n.Messages;

/** A package was refused before anything was written; the message names the file and the check it failed. */
public final class PackageRefusedException extends RuntimeException {
    private final PackageRefusal reason;

    /** @param details further arguments of the reason's message, after the file name */
    public PackageRefusedException(PackageRefusal reason, Path file, Object... details) {
        super(Messages.get(reason.messageKey(), arguments(file, details)));
        this.reason = reason;
    }

    public PackageRefusal reason() {
        return reason;
    }

    private static Object[] arguments(Path file, Object[] details) {
        Object[] all = Arrays.copyOf(new Object[] {file.getFileName().toString()}, details.length + 1);
        System.arraycopy(details, 0, all, 1, details.length);
        return all;
    }
}
