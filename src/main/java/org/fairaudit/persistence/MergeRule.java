package org.fairaudit.persistence;

import java.util.Set;

/**
 * What to do with an incoming record that exists here (docs/decisions/0013). With a hash both sides agreed on it
 * is a three-way comparison; without one, a newer version is taken only when ours is still a version some
 * installation agreed on (so it was not edited here since), and anything else is a conflict: nothing is ever
 * silently overwritten.
 */
final class MergeRule {
    enum Decision { SAME, OURS_NEWER, TAKE_THEIRS, CONFLICT }

    private MergeRule() {
    }

    /**
     * @param agreed     the hash agreed with the sending installation (or with anyone we sent it to), or null
     * @param everAgreed every hash this record was agreed at with any installation
     */
    static Decision decide(String local, long localVersion, String incoming, long incomingVersion, String agreed,
                           Set<String> everAgreed) {
        if (local.equals(incoming)) {
            return Decision.SAME;
        }
        if (agreed != null) {
            if (local.equals(agreed)) {
                return Decision.TAKE_THEIRS;
            }
            return incoming.equals(agreed) ? Decision.OURS_NEWER : Decision.CONFLICT;
        }
        if (incomingVersion > localVersion && everAgreed.contains(local)) {
            return Decision.TAKE_THEIRS;
        }
        if (localVersion > incomingVersion && everAgreed.contains(incoming)) {
            return Decision.OURS_NEWER;
        }
        return Decision.CONFLICT;
    }
}
