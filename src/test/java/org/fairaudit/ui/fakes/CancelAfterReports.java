package org.fairaudit.ui.fakes;

import org.fairaudit.service.ProgressListener;

/** A user who presses Cancel once the work has reported its progress {@code reports} times. */
public final class CancelAfterReports implements ProgressListener {
    private final int reports;
    private int reported;

    public CancelAfterReports(int reports) {
        this.reports = reports;
    }

    @Override
    public void progress(long done, long total, String message) {
        reported++;
    }

    @Override
    public boolean isCancelled() {
        return reported >= reports;
    }
}
