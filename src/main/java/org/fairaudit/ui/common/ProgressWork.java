package org.fairaudit.ui.common;

import org.fairaudit.service.ProgressListener;

/** Long work that reports progress and checks for cancellation. */
@FunctionalInterface
public interface ProgressWork<T> {
    T run(ProgressListener progress) throws Exception;
}
