package org.fairaudit.excel;

import java.util.concurrent.CancellationException;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.ProgressListener;

/** Counts written rows against the expected total, reports every few hundred rows and stops on cancel. */
final class ExportProgress {
    private static final int REPORT_EVERY_ROWS = 250;

    private final ProgressListener listener;
    private final long total;
    private long done;
    private String message = "";

    ExportProgress(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    void startSheet(String sheetName) {
        message = Messages.get("excel.progress.sheet", sheetName);
        stopIfCancelled();
        report();
    }

    void row() {
        done++;
        stopIfCancelled();
        if (done % REPORT_EVERY_ROWS == 0) {
            report();
        }
    }

    void finished() {
        listener.progress(total, total, Messages.get("excel.progress.done"));
    }

    private void stopIfCancelled() {
        if (listener.isCancelled()) {
            throw new CancellationException(message);
        }
    }

    private void report() {
        listener.progress(Math.min(done, total), total, message);
    }
}
