package org.fairaudit.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by Maven), or "development" when run from classes. */
public final class AppVersion implements IVersionProvider {
    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"FairAudit " + current()};
    }
}
