package org.fairaudit.service;

import org.fairaudit.i18n.Messages;

/** A sign-in was refused; the message does not say whether the profile or the password was wrong. */
public class SignInException extends RuntimeException {
    public SignInException() {
        super(Messages.get("signIn.refused"));
    }
}
