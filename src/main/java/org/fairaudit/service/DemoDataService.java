package org.fairaudit.service;

/** Fills an empty database with suppliers, audits, findings and actions a newcomer can explore. */
public interface DemoDataService {
    boolean isDatabaseEmpty();

    void createDemoData(ProgressListener progress);
}
