package org.fairaudit.app;

import java.io.Console;
import java.util.Arrays;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.DatabaseProtectionService;

/** Asks for a database passphrase at the terminal, without echo. */
final class ConsolePassphrase {
    private ConsolePassphrase() {
    }

    static char[] ask(String prompt) {
        char[] typed = console().readPassword("%s", prompt);
        if (typed == null) {
            throw new IllegalArgumentException(Messages.get("cli.db.passphraseNeeded"));
        }
        return typed;
    }

    /** A new passphrase, typed twice; the caller wipes it. */
    static char[] askNew() {
        char[] first = ask(Messages.get("cli.db.newPassphrase"));
        char[] again = ask(Messages.get("cli.db.repeatPassphrase"));
        try {
            if (!Arrays.equals(first, again)) {
                Arrays.fill(first, '\0');
                throw new IllegalArgumentException(Messages.get("cli.db.passphrasesDiffer"));
            }
            if (first.length < DatabaseProtectionService.MIN_PASSPHRASE_LENGTH) {
                Arrays.fill(first, '\0');
                throw new IllegalArgumentException(Messages.get("settings.passphrase.tooShort"));
            }
            return first;
        } finally {
            Arrays.fill(again, '\0');
        }
    }

    private static Console console() {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(Messages.get("cli.db.passphraseNeeded"));
        }
        return console;
    }
}
