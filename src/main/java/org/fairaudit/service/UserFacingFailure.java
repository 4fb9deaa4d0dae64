package org.fairaudit.service;

/**
 * A failure whose message is already a plain sentence for the user (and holds no confidential values), so the
 * UI may show it as it is.
 */
public interface UserFacingFailure {
    String getMessage();
}
