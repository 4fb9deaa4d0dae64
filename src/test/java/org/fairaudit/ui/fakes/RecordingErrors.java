package org.fairaudit.ui.fakes;

import java.util.ArrayList;
import java.util.List;
import org.fairaudit.ui.common.ErrorReporter;

/** Keeps what was reported, so a test can assert nothing went wrong (or what did). */
public final class RecordingErrors implements ErrorReporter {
    public final List<Throwable> reported = new ArrayList<>();

    @Override
    public void report(Throwable error) {
        reported.add(error);
    }
}
