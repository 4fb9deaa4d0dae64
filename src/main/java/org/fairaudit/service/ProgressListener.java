package org.fairaudit.service;

/** Reports progress of long work and lets the caller cancel it. Implementations must be thread-safe. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param message already localised text for the user */
    void progress(long done, long total, String message);

    boolean isCancelled();
}
