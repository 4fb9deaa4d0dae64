package org.fairaudit.domain;

/** A code of conduct at one version, as pinned by an audit. */
public record CodeRef(String codeId, String version) {
    @Override
    public String toString() {
        return codeId + "@" + version;
    }
}
