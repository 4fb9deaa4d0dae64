package org.fairaudit.domain;

/** A profile has no password, or one long enough to resist guessing yet short enough to type on a factory floor. */
public final class PasswordRule {
    public static final int MINIMUM_LENGTH = 8;

    private PasswordRule() {
    }

    public static boolean isAcceptable(int length) {
        return length == 0 || length >= MINIMUM_LENGTH;
    }
}
