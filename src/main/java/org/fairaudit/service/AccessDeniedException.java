package org.fairaudit.service;

import org.fairaudit.domain.Permission;
import org.fairaudit.i18n.Messages;

/** The signed-in profile's role does not hold the permission a use case needs (or nobody is signed in). */
public class AccessDeniedException extends RuntimeException {
    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super(Messages.get("access.denied", Messages.of(permission)));
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
